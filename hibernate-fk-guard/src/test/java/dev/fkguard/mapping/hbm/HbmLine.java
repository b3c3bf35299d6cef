package dev.fkguard.mapping.hbm;

/** Mapped in {@code hbm-model.xml}. */
public class HbmLine {
    public Long id;
    public HbmOrder order;
    public HbmProduct product;
}
