package dev.fkguard.mapping.hbm;

/** Mapped in {@code hbm-model.hbm.xml}. */
public class HbmNote {
    public Long id;
    public HbmOrder order;
}
