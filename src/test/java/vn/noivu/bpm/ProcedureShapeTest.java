package vn.noivu.bpm;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;

/**
 * The same inner shape in every procedure (every top-level package that is not shared): {@code web} answers HTTP,
 * {@code process} holds the delegates and what talks to the engine, {@code domain} is plain Java (it may evaluate a
 * rule table with the DMN engine, never the process engine), {@code persistence} holds every SQL statement.
 */
class ProcedureShapeTest {

    private static final DescribedPredicate<JavaClass> IN_A_PROCEDURE = describe("in a procedure",
            type -> ArchitectureTest.isProcedure(ArchitectureTest.module(type)));

    private static DescribedPredicate<JavaClass> inLayer(String layer) {
        return describe("in a procedure's " + layer, type -> IN_A_PROCEDURE.test(type)
                && type.getPackageName().matches("\\Q" + ArchitectureTest.ROOT + "\\E\\.[a-z0-9_]+\\." + layer + "(\\..*)?"));
    }

    @Test
    void theDomainIsPlainJava() {
        noClasses().that(inLayer("domain")).should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..", "org.springframework.http..",
                        "org.springframework.web..", "jakarta.servlet..", "org.camunda.bpm.engine..")
                .orShould().dependOnClassesThat(describe("in a procedure's web, process or persistence",
                        type -> inLayer("web").test(type) || inLayer("process").test(type)
                                || inLayer("persistence").test(type)))
                .check(ArchitectureTest.MAIN);
    }

    @Test
    void sqlOnlyInPersistence() {
        noClasses().that(IN_A_PROCEDURE).and(describe("outside persistence",
                        type -> !inLayer("persistence").test(type)))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(ArchitectureTest.MAIN);
    }

    @Test
    void httpOnlyInWeb() {
        noClasses().that(IN_A_PROCEDURE).and(describe("outside web", type -> !inLayer("web").test(type)))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.http..",
                        "org.springframework.web..", "jakarta.servlet..")
                .orShould().dependOnClassesThat().haveSimpleName("KeyedStatusException")
                .check(ArchitectureTest.MAIN);
    }

    @Test
    void persistenceKnowsNoWebNorProcess() {
        noClasses().that(inLayer("persistence")).should().dependOnClassesThat(
                        describe("in web or process", type -> inLayer("web").test(type) || inLayer("process").test(type)))
                .check(ArchitectureTest.MAIN);
    }

    @Test
    void delegatesAndListenersLiveInProcess() {
        classes().that(IN_A_PROCEDURE).and(describe("delegates and listeners",
                        type -> type.isAssignableTo(JavaDelegate.class) || type.isAssignableTo(TaskListener.class)
                                || type.isAssignableTo(ExecutionListener.class)))
                .should().resideInAPackage("..process..")
                .check(ArchitectureTest.MAIN);
    }
}
