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
     * The documenter lists a module's relations in hash order, which changes from run to run; sorting
     * each run of {@code Rel(...)} lines keeps the committed diagrams unchanged while the modules are.
     */
    static void sortRelations(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                List<String> lines = Files.readAllLines(file);
                List<String> sorted = new ArrayList<>(lines.size());
                List<String> relations = new ArrayList<>();
                for (String line : lines) {
                    if (line.startsWith("Rel(")) {
                        relations.add(line);
                        continue;
                    }
                    relations.sort(null);
                    sorted.addAll(relations);
                    relations.clear();
                    sorted.add(line);
                }
                relations.sort(null);
                sorted.addAll(relations);
                if (!sorted.equals(lines)) {
                    Files.write(file, sorted);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
