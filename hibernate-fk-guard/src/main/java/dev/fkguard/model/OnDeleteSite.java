package dev.fkguard.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the mapping states a foreign key's ON DELETE rule, so that a message names what the user wrote there and a
 * hint asks for a rule where Hibernate really applies it. {@code @OnDelete} on a collection acts on the owner's key
 * in the collection table; the other key of a join table takes its rule from {@code @OnDelete} on the other side
 * ({@code @ManyToMany(mappedBy = …)}), checked with Hibernate 6.6 and 7.4's DDL on all four engines.
 */
public sealed interface OnDeleteSite {

    /** What the mapping wrote for {@code action}, e.g. {@code @OnDelete(CASCADE)} or {@code on-delete="cascade" in x.hbm.xml}. */
    String declared(ReferentialAction action);

    /**
     * How to ask for {@code action} in the mapping, starting with the verb, e.g. {@code declare
     * @OnDelete(action = OnDeleteAction.CASCADE) on Order.customer}; empty when this mapping has no way to.
     */
    Optional<String> howToDeclare(ReferentialAction action);

    /** The annotated attribute that maps the key itself ({@code Order.customer}, the owner side {@code Book.tags}). */
    static OnDeleteSite attribute(String attribute) {
        return new Attribute(attribute);
    }

    /** {@code @OnDelete} on an attribute: the to-one, or a collection for its owner's key. */
    record Attribute(String attribute) implements OnDeleteSite {
        public Attribute {
            Objects.requireNonNull(attribute, "attribute");
        }

        @Override
        public String declared(ReferentialAction action) {
            return "@OnDelete(" + action.name() + ")";
        }

        @Override
        public Optional<String> howToDeclare(ReferentialAction action) {
            return Optional.of("declare it in the mapping with " + annotation(action) + " on " + attribute);
        }
    }

    /**
     * The other key of a join table: {@code @OnDelete} on the owner's collection would act on the owner's key, so the
     * rule belongs on the other side's collection, {@code otherSide} ({@code Tag.books}), or on a new one mapped by
     * {@code owner} ({@code Book.tags}) when the other entity maps none.
     */
    record OtherSideOfJoinTable(String owner, String otherEntity, Optional<String> otherSide) implements OnDeleteSite {
        public OtherSideOfJoinTable {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(otherEntity, "otherEntity");
            Objects.requireNonNull(otherSide, "otherSide");
        }

        @Override
        public String declared(ReferentialAction action) {
            return "@OnDelete(" + action.name() + ")" + otherSide.map(side -> " on " + side).orElse("");
        }

        @Override
        public Optional<String> howToDeclare(ReferentialAction action) {
            String mappedBy = owner.substring(owner.lastIndexOf('.') + 1);
            String ownerEntity = owner.substring(0, owner.lastIndexOf('.'));
            String notThere = " (on " + owner + " it would act on the key to " + ownerEntity + " instead)";
            return Optional.of(otherSide
                    .map(side -> "declare it in the mapping with " + annotation(action) + " on " + side
                            + ", the other side of the join table" + notThere)
                    .orElse("map the other side of the join table in " + otherEntity + " as @ManyToMany(mappedBy = \""
                            + mappedBy + "\") with " + annotation(action) + notThere));
        }
    }

    /** A key the mapping gives no place for a rule, e.g. a map key column; {@code what} names it. */
    record Nowhere(String what) implements OnDeleteSite {
        public Nowhere {
            Objects.requireNonNull(what, "what");
        }

        @Override
        public String declared(ReferentialAction action) {
            return "@OnDelete(" + action.name() + ")";
        }

        @Override
        public Optional<String> howToDeclare(ReferentialAction action) {
            return Optional.empty();
        }
    }

    /**
     * A key mapped in an hbm.xml file: there the rule is {@code on-delete="cascade"} or {@code "noaction"}, nothing
     * else.
     */
    record HbmXml(String attribute, String file) implements OnDeleteSite {
        public HbmXml {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String declared(ReferentialAction action) {
            return "on-delete=\"" + hbmWord(action) + "\" in " + file;
        }

        @Override
        public Optional<String> howToDeclare(ReferentialAction action) {
            if (action != ReferentialAction.CASCADE) {
                return Optional.empty();
            }
            return Optional.of("set on-delete=\"cascade\" on the key of " + attribute + " in " + file);
        }

        private static String hbmWord(ReferentialAction action) {
            return action == ReferentialAction.CASCADE ? "cascade" : action.name().toLowerCase(Locale.ROOT);
        }
    }

    private static String annotation(ReferentialAction action) {
        return "@OnDelete(action = OnDeleteAction." + action.name() + ")";
    }
}
