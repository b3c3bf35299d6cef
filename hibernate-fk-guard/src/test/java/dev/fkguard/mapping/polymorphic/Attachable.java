package dev.fkguard.mapping.polymorphic;

/** What comments and boards point at: posts or photos, with no common table. */
public interface Attachable {
}
