package dev.fkguard.processor;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** What lints share: annotation reading and a few mapping facts that more than one lint needs. */
final class LintContext {

    private final Annotations annotations;

    LintContext(Annotations annotations) {
        this.annotations = annotations;
    }

    Annotations annotations() {
        return annotations;
    }

    /** {@code Review.customer} for a field or getter, {@code Review} for a type. */
    static String describe(Element element) {
        if (element instanceof TypeElement type) {
            return type.getSimpleName().toString();
        }
        String owner = element.getEnclosingElement().getSimpleName().toString();
        return owner + "." + propertyName(element);
    }

    private static String propertyName(Element member) {
        String name = member.getSimpleName().toString();
        if (member instanceof ExecutableElement) {
            for (String prefix : new String[] {"get", "is"}) {
                if (name.length() > prefix.length() && name.startsWith(prefix)
                        && Character.isUpperCase(name.charAt(prefix.length()))) {
                    return Character.toLowerCase(name.charAt(prefix.length())) + name.substring(prefix.length() + 1);
                }
            }
        }
        return name;
    }

    /** The first of the to-one annotations present ({@code @ManyToOne}, {@code @OneToOne}). */
    Optional<AnnotationMirror> toOne(Element element) {
        return annotations.find(element, Names.MANY_TO_ONE).or(() -> annotations.find(element, Names.ONE_TO_ONE));
    }

    /** The entity a to-one points at: {@code targetEntity} if set, else the declared type. */
    Optional<TypeElement> toOneTarget(Element element, AnnotationMirror toOne) {
        return annotations.type(toOne, "targetEntity").or(() -> Optional.of(Annotations.typeOf(element)))
                .flatMap(Annotations::asTypeElement);
    }

    /** The element type of a to-many: {@code targetEntity}/{@code targetClass} if set, else the type argument. */
    Optional<TypeElement> toManyTarget(Element element, AnnotationMirror toMany) {
        return annotations.type(toMany, "targetEntity").or(() -> annotations.type(toMany, "targetClass"))
                .flatMap(Annotations::asTypeElement).or(() -> Annotations.elementTypeOf(element));
    }

    /** The annotation on the type or its nearest superclass that carries it. */
    Optional<AnnotationMirror> findInHierarchy(TypeElement type, String qualifiedName) {
        TypeElement current = type;
        while (current != null) {
            Optional<AnnotationMirror> found = annotations.find(current, qualifiedName);
            if (found.isPresent()) {
                return found;
            }
            current = superclass(current).orElse(null);
        }
        return Optional.empty();
    }

    static Optional<TypeElement> superclass(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        return superclass.getKind() == TypeKind.DECLARED
                ? Optional.of((TypeElement) ((DeclaredType) superclass).asElement())
                : Optional.empty();
    }

    static boolean isMember(Element element) {
        return element.getKind() == ElementKind.FIELD || element.getKind() == ElementKind.METHOD;
    }
}
