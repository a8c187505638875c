package vn.noivu.bpm;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The dependency rule between the top-level packages (modules) of src/main. The shared modules are the platform
 * and what every procedure may use; every other top-level package is a procedure. A shared module never uses a
 * procedure, a procedure never uses another, and no two modules use each other in a cycle.
 */
class ArchitectureTest {

    static final String ROOT = "vn.noivu.bpm";
    static final Set<String> SHARED = Set.of("platform", "calendar", "exam", "personnel", "documents");

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);

    /** The top-level package below {@value #ROOT}, or null for the root package and classes outside it. */
    static String module(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static boolean isProcedure(String module) {
        return module != null && !SHARED.contains(module);
    }

    /** Which modules a module's classes may use besides its own: the shared ones, and for a shared one no procedure. */
    static ArchCondition<JavaClass> useOnlyAllowedModules() {
        return new ArchCondition<>("use only the shared modules (and their own)") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String from = module(type);
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    String to = module(dependency.getTargetClass());
                    if (to != null && !to.equals(from) && isProcedure(to)) {
                        String why = isProcedure(from) ? "a procedure uses another procedure (" + to + ")"
                                : "a shared module uses a procedure (" + to + ")";
                        events.add(SimpleConditionEvent.violated(dependency, why + ": " + dependency.getDescription()));
                    }
                }
            }
        };
    }

    @Test
    void noSharedModuleUsesAProcedureAndNoProcedureUsesAnother() {
        ArchRule rule = classes().that().resideInAPackage(ROOT + "..").should(useOnlyAllowedModules());
        rule.check(MAIN);
    }

    /**
     * The same rule on the sources: the compiler copies a constant ({@code static final String}) into the class that
     * uses it, so its owner is missing from the bytecode ArchUnit reads; an import or qualified name still shows it.
     */
    @Test
    void noSourceNamesAForbiddenModule() throws IOException {
        Pattern reference = Pattern.compile("\\b" + Pattern.quote(ROOT) + "\\.([a-z][a-z0-9_]*)\\.");
        List<String> violations = new ArrayList<>();
        Path sources = Path.of("src/main/java", ROOT.split("\\."));
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String from = sources.relativize(file).getName(0).toString();
                if (file.getParent().equals(sources)) {
                    continue;
                }
                Matcher names = reference.matcher(Files.readString(file));
                while (names.find()) {
                    String to = names.group(1);
                    if (!to.equals(from) && isProcedure(to)) {
                        violations.add(sources.relativize(file) + " names " + ROOT + "." + to);
                    }
                }
            }
        }
        assertThat(violations).as("shared modules use no procedure, procedures no other procedure").isEmpty();
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /**
     * The module diagram, from Spring Modulith's view of the modules: its own PlantUML (components.puml) and the
     * compact one the README shows (modules.puml), both in target/architecture.
     */
    @Test
    void writesTheModuleDiagram() throws IOException {
        ApplicationModules modules = ApplicationModules.of(NoivuBpmApplication.class);
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/architecture"))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults()
                        .withStyle(Documenter.DiagramOptions.DiagramStyle.UML));
        StringBuilder uml = new StringBuilder("@startuml\nskinparam componentStyle rectangle\n");
        uml.append("package \"shared\" {\n");
        modules.stream().map(ApplicationModule::getName).filter(SHARED::contains).sorted()
                .forEach(name -> uml.append("  [").append(name).append("]\n"));
        uml.append("}\npackage \"procedures\" {\n");
        modules.stream().map(ApplicationModule::getName).filter(ArchitectureTest::isProcedure).sorted()
                .forEach(name -> uml.append("  [").append(name).append("]\n"));
        uml.append("}\n");
        modules.stream().sorted(Comparator.comparing(ApplicationModule::getName)).forEach(module ->
                module.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName).sorted()
                        .forEach(to -> uml.append("[").append(module.getName()).append("] --> [").append(to).append("]\n")));
        uml.append("@enduml\n");
        Path file = Path.of("target/architecture/modules.puml");
        Files.writeString(file, uml);
        assertThat(uml).contains("[platform] --> [calendar]").doesNotContain("[calendar] --> [platform]");
    }
}
