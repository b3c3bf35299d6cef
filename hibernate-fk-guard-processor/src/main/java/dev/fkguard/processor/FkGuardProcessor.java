package dev.fkguard.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Compile-time lints for foreign-key mistakes visible in the entity source alone. Reads only
 * {@code javax.lang.model}; never claims the annotations, so the JPA metamodel generator and others still see them.
 * Keeps nothing between rounds: each round looks at the mapped classes that round brought.
 */
public final class FkGuardProcessor extends AbstractProcessor {

    private static final Set<String> MAPPED_CLASS_ANNOTATIONS =
            Set.of(Names.ENTITY, Names.MAPPED_SUPERCLASS, Names.EMBEDDABLE);

    private final List<Lint> lints = BuiltInLints.all();
    private LintOptions options;
    private LintContext context;
    private Suppressions suppressions;

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        Annotations annotations = new Annotations(environment.getElementUtils());
        context = new LintContext(annotations);
        suppressions = new Suppressions(annotations);
        options = LintOptions.parse(environment.getOptions(), lints);
        options.errors().forEach(error -> environment.getMessager().printMessage(Diagnostic.Kind.ERROR, error));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return MAPPED_CLASS_ANNOTATIONS;
    }

    @Override
    public Set<String> getSupportedOptions() {
        return LintOptions.supportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element mapped : round.getElementsAnnotatedWith(annotation)) {
                if (mapped instanceof TypeElement type) {
                    check(type);
                }
            }
        }
        return false;
    }

    private void check(TypeElement type) {
        List<Element> elements = new ArrayList<>();
        elements.add(type);
        type.getEnclosedElements().stream().filter(LintContext::isMember).forEach(elements::add);
        Messager messager = processingEnv.getMessager();
        for (Lint lint : lints) {
            Optional<Diagnostic.Kind> kind = options.kindFor(lint);
            if (kind.isEmpty()) {
                continue;
            }
            for (Element element : elements) {
                for (LintFinding finding : lint.check(element, context)) {
                    if (!suppressions.isSuppressed(finding.element(), lint)) {
                        messager.printMessage(kind.get(), "[" + lint.id() + "] " + finding.message(),
                                finding.element(), finding.annotation());
                    }
                }
            }
        }
    }
}
