package dev.fkguard.mapping.hbm;

/** Mapped in {@code hbm-model.xml}. */
public class HbmNote {
    public Long id;
    public HbmOrder order;
}
