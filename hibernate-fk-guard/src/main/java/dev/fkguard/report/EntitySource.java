package dev.fkguard.report;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The entity (and attribute) a finding comes from, so reports can point at the code. Its file is looked up only when
 * a report asks for it: the startup message names the entity and attribute alone, and must not read source files.
 */
public final class EntitySource {

    /** A Java class name with a package: {@code com.shop.Order}, {@code com.shop.Outer$Inner}. */
    private static final Pattern QUALIFIED_CLASS_NAME =
            Pattern.compile("(\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*\\.)+"
                    + "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*");

    private final String entity;
    private final Optional<String> attribute;
    private final Supplier<Optional<SourceFile>> file;

    private EntitySource(String entity, Optional<String> attribute, Supplier<Optional<SourceFile>> file) {
        this.entity = Objects.requireNonNull(entity, "entity");
        this.attribute = Objects.requireNonNull(attribute, "attribute");
        this.file = file;
    }

    /**
     * @param entity    the entity name, usually the fully qualified class name, e.g. {@code com.shop.Order}
     * @param attribute the mapped attribute, e.g. {@code customer}; empty for a finding on the table as a whole
     * @param file      the file the entity (or attribute) is written in; empty when none can be named honestly
     */
    public EntitySource(String entity, Optional<String> attribute, Optional<SourceFile> file) {
        this(entity, attribute, constant(Objects.requireNonNull(file, "file")));
    }

    /** A source whose file is derived from the entity name ({@link #conventionalJavaFile}). */
    public EntitySource(String entity, Optional<String> attribute) {
        this(entity, attribute, conventionalJavaFile(entity).map(path -> new SourceFile(path, Optional.empty())));
    }

    /** A source whose file {@code sources} finds when first asked ({@link SourceLocator} keeps each answer). */
    public static EntitySource locatedBy(SourceLocator sources, String entity, Optional<String> attribute) {
        Objects.requireNonNull(sources, "sources");
        return new EntitySource(entity, attribute, () -> sources.locate(entity, attribute));
    }

    private static Supplier<Optional<SourceFile>> constant(Optional<SourceFile> file) {
        return () -> file;
    }

    public String entity() {
        return entity;
    }

    public Optional<String> attribute() {
        return attribute;
    }

    /** The file the entity (or attribute) is written in, see {@link SourceLocator}; empty when none can be named. */
    public Optional<SourceFile> file() {
        return file.get();
    }

    /**
     * Where the entity's source would be in a Maven or Gradle layout, relative to its module, e.g.
     * {@code src/main/java/com/shop/Order.java}. Empty when the entity name is no qualified class name (a custom
     * entity name, a class in the default package): then no file can be derived honestly.
     */
    public static Optional<String> conventionalJavaFile(String entity) {
        if (!QUALIFIED_CLASS_NAME.matcher(entity).matches()) {
            return Optional.empty();
        }
        // A nested entity class lives in its outer class's file.
        int nested = entity.indexOf('$');
        String topLevel = nested < 0 ? entity : entity.substring(0, nested);
        return Optional.of("src/main/java/" + topLevel.replace('.', '/') + ".java");
    }

    /** The path of {@link #file()}. */
    public Optional<String> sourceFile() {
        return file().map(SourceFile::path);
    }

    /** The line of {@link #file()}, when it was read. */
    public Optional<Integer> line() {
        return file().flatMap(SourceFile::line);
    }

    /** {@code com.shop.Order.customer}, the fully qualified spelling. */
    public String qualifiedName() {
        return attribute.map(a -> entity + "." + a).orElse(entity);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EntitySource that && entity.equals(that.entity) && attribute.equals(that.attribute)
                && file().equals(that.file());
    }

    @Override
    public int hashCode() {
        return Objects.hash(entity, attribute);
    }

    @Override
    public String toString() {
        return "EntitySource[entity=" + entity + ", attribute=" + attribute + ", file=" + file() + "]";
    }
}
