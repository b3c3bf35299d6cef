package dev.fkguard.mapping.hbm;

/** Mapped in {@code hbm-model.xml}. */
public class HbmProduct {
    public Long id;
}
