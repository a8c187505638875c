package vn.noivu.bpm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.bpm.platform.security.Throttle;
import vn.noivu.bpm.platform.security.Throttled;

/**
 * The API description lists 429 on the handlers marked {@link Throttled}: the mark must sit exactly on the handlers
 * that count requests with {@link Throttle}, so the description neither misses a 429 nor promises one.
 */
class ThrottledEndpointsTest {

    @Test
    void exactlyTheHandlersThatCallTheThrottleAreMarkedThrottled() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("vn.noivu.bpm");
        Set<String> calling = new TreeSet<>();
        Set<String> marked = new TreeSet<>();
        for (JavaClass type : classes) {
            if (!type.isAnnotatedWith(RestController.class)) {
                continue;
            }
            for (JavaMethod method : type.getMethods()) {
                String name = type.getSimpleName() + "." + method.getName();
                if (method.getMethodCallsFromSelf().stream()
                        .anyMatch(call -> call.getTargetOwner().isEquivalentTo(Throttle.class))) {
                    calling.add(name);
                }
                if (method.isAnnotatedWith(Throttled.class)) {
                    marked.add(name);
                }
            }
        }
        assertThat(calling).as("handlers that call Throttle").hasSizeGreaterThanOrEqualTo(7)
                .contains("RecruitmentController.dossier", "RecruitmentController.requestReview");
        assertThat(marked).as("handlers marked @Throttled (add or remove the mark)").isEqualTo(calling);
    }
}
