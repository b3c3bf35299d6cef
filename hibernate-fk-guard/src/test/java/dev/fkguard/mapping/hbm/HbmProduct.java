package dev.fkguard.mapping.hbm;

/** Mapped in {@code hbm-model.hbm.xml}. */
public class HbmProduct {
    public Long id;
}
