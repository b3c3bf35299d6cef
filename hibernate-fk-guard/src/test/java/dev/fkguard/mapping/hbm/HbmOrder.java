package dev.fkguard.mapping.hbm;

import java.util.Set;

/** Mapped in {@code hbm-model.xml}. */
public class HbmOrder {
    public Long id;
    public Set<HbmLine> lines;
    public Set<HbmNote> notes;
    public Set<String> tags;
}
