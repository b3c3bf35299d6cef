package dev.fkguard.report;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The entity (and attribute) a finding comes from, so reports can point at the code.
 *
 * @param entity    the entity name, usually the fully qualified class name, e.g. {@code com.shop.Order}
 * @param attribute the mapped attribute, e.g. {@code customer}; empty for a finding on the table as a whole
 */
public record EntitySource(String entity, Optional<String> attribute) {

    /** A Java class name with a package: {@code com.shop.Order}, {@code com.shop.Outer$Inner}. */
    private static final Pattern QUALIFIED_CLASS_NAME =
            Pattern.compile("(\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*\\.)+"
                    + "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*");

    public EntitySource {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(attribute, "attribute");
    }

    /**
     * Where the entity's source would be in a Maven or Gradle layout, e.g. {@code src/main/java/com/shop/Order.java}.
     * Empty when the entity name is no qualified class name (a custom entity name, a class in the default package):
     * then no file can be derived honestly.
     */
    public Optional<String> sourceFile() {
        if (!QUALIFIED_CLASS_NAME.matcher(entity).matches()) {
            return Optional.empty();
        }
        // A nested entity class lives in its outer class's file.
        int nested = entity.indexOf('$');
        String topLevel = nested < 0 ? entity : entity.substring(0, nested);
        return Optional.of("src/main/java/" + topLevel.replace('.', '/') + ".java");
    }

    /** {@code com.shop.Order.customer}, the fully qualified spelling. */
    public String qualifiedName() {
        return attribute.map(a -> entity + "." + a).orElse(entity);
    }
}
