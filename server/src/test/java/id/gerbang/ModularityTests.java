package id.gerbang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold, and the module documentation in docs/modules is current. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(GerbangApplication.class);

    @Test
    void verifiesModuleStructure() {
        MODULES.verify();
    }

    @Test
    void writesDocumentation() {
        String target = System.getProperty("gerbang.docs.dir", "target/spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(target))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        sortRelations(Path.of(target));
    }

    /**
     * Tests use another module only as its own code may: through its public API and its test
     * fixtures (AccountFixtures, AccessArrangements, ...), never its {@code internal} package, so a
     * module's internals can change without touching other modules' tests (issue 14 item 3).
     */
    @Test
    void noTestImportsAnotherModulesInternals() throws IOException {
        Path root = Path.of("src/test/java/id/gerbang");
        java.util.regex.Pattern internal = java.util.regex.Pattern.compile("^import (static )?id\\.gerbang\\.(\\w+)\\.internal\\b");
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = root.relativize(file);
                String module = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
                for (String line : Files.readAllLines(file)) {
                    java.util.regex.Matcher m = internal.matcher(line);
                    if (m.find() && !m.group(2).equals(module)) {
                        offences.add(relative + ": " + line);
                    }
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(offences).as("tests importing another module's internals").isEmpty();
    }

    /**
     * The documenter lists a module's relations and events in hash order, which changes from run to
     * run; sorting each such list keeps the committed documents unchanged while the modules are.
     */
    static void sortRelations(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml") || f.toString().endsWith(".adoc")).toList()) {
                List<String> lines = Files.readAllLines(file);
                List<String> sorted = sortedLists(lines);
                if (!sorted.equals(lines)) {
                    Files.write(file, sorted);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sorts each run of {@code Rel(} lines, and each canvas cell list ({@code |* a}, {@code * b}, ...). */
    static List<String> sortedLists(List<String> lines) {
        List<String> result = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            boolean relation = line.startsWith("Rel(");
            boolean cellList = line.startsWith("|* ");
            if (!relation && !cellList) {
                result.add(line);
                i++;
                continue;
            }
            List<String> run = new ArrayList<>();
            run.add(cellList ? line.substring(1) : line);
            i++;
            while (i < lines.size() && lines.get(i).startsWith(relation ? "Rel(" : "* ")) {
                run.add(lines.get(i++));
            }
            run.sort(null);
            if (cellList) {
                run.set(0, "|" + run.get(0));
            }
            result.addAll(run);
        }
        return result;
    }
}
