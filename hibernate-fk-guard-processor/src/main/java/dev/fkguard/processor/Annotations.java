package dev.fkguard.processor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Reads annotation mirrors by qualified name, with the annotation type's defaults filled in. */
final class Annotations {

    private final Elements elements;

    Annotations(Elements elements) {
        this.elements = elements;
    }

    Optional<AnnotationMirror> find(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(qualifiedName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    boolean has(Element element, String qualifiedName) {
        return find(element, qualifiedName).isPresent();
    }

    /** The value of one attribute, the declared default when absent in the source. */
    Optional<Object> value(AnnotationMirror mirror, String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                return Optional.of(entry.getValue().getValue());
            }
        }
        return Optional.empty();
    }

    boolean bool(AnnotationMirror mirror, String attribute, boolean absent) {
        return value(mirror, attribute).map(v -> (Boolean) v).orElse(absent);
    }

    String string(AnnotationMirror mirror, String attribute) {
        return value(mirror, attribute).map(Object::toString).orElse("");
    }

    /** An enum attribute's constant name, e.g. {@code "CASCADE"}. */
    Optional<String> enumName(AnnotationMirror mirror, String attribute) {
        return value(mirror, attribute).filter(VariableElement.class::isInstance)
                .map(v -> ((VariableElement) v).getSimpleName().toString());
    }

    /** The constant names of an enum-array attribute (a single value counts as a one-element array). */
    List<String> enumNames(AnnotationMirror mirror, String attribute) {
        return values(mirror, attribute).stream()
                .map(AnnotationValue::getValue)
                .filter(VariableElement.class::isInstance)
                .map(v -> ((VariableElement) v).getSimpleName().toString())
                .collect(Collectors.toList());
    }

    List<String> strings(AnnotationMirror mirror, String attribute) {
        return values(mirror, attribute).stream().map(v -> String.valueOf(v.getValue())).collect(Collectors.toList());
    }

    Optional<AnnotationMirror> nested(AnnotationMirror mirror, String attribute) {
        return value(mirror, attribute).filter(AnnotationMirror.class::isInstance).map(AnnotationMirror.class::cast);
    }

    /** The annotations of an annotation-array attribute, e.g. the {@code @JoinColumn}s of {@code @JoinColumns}. */
    List<AnnotationMirror> nestedAll(AnnotationMirror mirror, String attribute) {
        return values(mirror, attribute).stream().map(AnnotationValue::getValue)
                .filter(AnnotationMirror.class::isInstance).map(AnnotationMirror.class::cast)
                .collect(Collectors.toList());
    }

    /** A Class-valued attribute, empty when it is {@code void.class} (the JPA "not set" default). */
    Optional<TypeMirror> type(AnnotationMirror mirror, String attribute) {
        return value(mirror, attribute).filter(TypeMirror.class::isInstance).map(TypeMirror.class::cast)
                .filter(t -> t.getKind() != TypeKind.VOID);
    }

    @SuppressWarnings("unchecked")
    private List<? extends AnnotationValue> values(AnnotationMirror mirror, String attribute) {
        return value(mirror, attribute).map(v -> v instanceof List<?> list
                ? (List<? extends AnnotationValue>) list
                : List.<AnnotationValue>of()).orElse(List.of());
    }

    /** The type an annotated field or getter holds. */
    static TypeMirror typeOf(Element member) {
        return member instanceof ExecutableElement method ? method.getReturnType() : member.asType();
    }

    /** The element type of a collection-typed member (its last type argument, the value of a Map), if any. */
    static Optional<TypeElement> elementTypeOf(Element member) {
        TypeMirror type = typeOf(member);
        if (type instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()) {
            List<? extends TypeMirror> arguments = declared.getTypeArguments();
            return asTypeElement(arguments.get(arguments.size() - 1));
        }
        return Optional.empty();
    }

    static Optional<TypeElement> asTypeElement(TypeMirror type) {
        return type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element
                ? Optional.of(element)
                : Optional.empty();
    }
}
