package id.gerbang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import id.gerbang.archfixture.modulith.FixtureApplication;
import id.gerbang.common.ConsoleOutput;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rules Spring Modulith cannot see. Each rule is also run against {@code id.gerbang.archfixture},
 * which breaks it on purpose, to prove the rule can fail.
 */
class ArchitectureTests {

    static final ArchRule CONTROLLERS_ARE_PACKAGE_PRIVATE = classes()
            .that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
            .should().notBePublic()
            .because("controllers are reached through HTTP only; keep them package-private")
            .allowEmptyShould(true);

    static final ArchRule NO_STANDARD_STREAMS_OUTSIDE_COMMANDS = noClasses()
            .that().areNotAnnotatedWith(ConsoleOutput.class)
            .and().haveSimpleNameNotEndingWith("Command").and().haveSimpleNameNotEndingWith("Progress")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("application output goes through the logger, which masks population data; "
                    + "only command-line commands and classes marked @ConsoleOutput print to the terminal");

    static final List<ArchRule> RULES = List.of(
            CONTROLLERS_ARE_PACKAGE_PRIVATE,
            NO_STANDARD_STREAMS_OUTSIDE_COMMANDS,
            NO_CLASSES_SHOULD_USE_FIELD_INJECTION,
            NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING);

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.gerbang");

    static final JavaClasses FIXTURE = new ClassFileImporter().importPackages("id.gerbang.archfixture");

    @Test
    void productionCodeFollowsEveryRule() {
        RULES.forEach(rule -> rule.check(PRODUCTION));
    }

    @Test
    void everyRuleFailsOnTheDeliberateViolations() {
        for (ArchRule rule : RULES) {
            assertThatThrownBy(() -> rule.check(FIXTURE))
                    .as("rule should fail on the fixture: %s", rule.getDescription())
                    .isInstanceOf(AssertionError.class);
        }
    }

    /**
     * Modulith never imports test classes, so the fixture's class files are copied to a plain folder
     * and put on the context class path, where Modulith's importer finds them.
     */
    @Test
    void modulithVerificationFailsWhenAModuleUsesAnotherModulesInternals(@TempDir Path dir) throws Exception {
        Path source = Path.of(FixtureApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String pkg = FixtureApplication.class.getPackageName().replace('.', '/');
        try (Stream<Path> files = Files.walk(source.resolve(pkg))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(source.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        ClassLoader original = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, original)) {
            Thread.currentThread().setContextClassLoader(loader);
            assertThatThrownBy(() -> ApplicationModules.of(FixtureApplication.class.getPackageName()).verify())
                    .hasMessageContaining("internal");
        } finally {
            Thread.currentThread().setContextClassLoader(original);
        }
    }
}
