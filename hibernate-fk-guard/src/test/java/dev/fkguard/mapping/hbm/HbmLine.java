package dev.fkguard.mapping.hbm;

/** Mapped in {@code hbm-model.hbm.xml}. */
public class HbmLine {
    public Long id;
    public HbmOrder order;
    public HbmProduct product;
}
