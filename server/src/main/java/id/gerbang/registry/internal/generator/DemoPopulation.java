package id.gerbang.registry.internal.generator;

import id.gerbang.common.ConditionalOnServer;
import id.gerbang.common.JobLock;
import id.gerbang.common.Messages;
import java.time.Duration;
import id.gerbang.reference.RegionCode;
import id.gerbang.registry.internal.BulkLoadFailedException;
import id.gerbang.registry.internal.DemoProperties;
import id.gerbang.registry.internal.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The quick start's demo population: when {@code gerbang.demo.enabled} is true (the default, off
 * in the production profile) and the register is empty, generates {@code gerbang.demo.residents}
 * residents of {@code gerbang.demo.province} with {@code gerbang.demo.seed} at start-up. The
 * reference data is in memory by then (its beans load it while the context starts). Runs at order
 * {@value #ORDER}; other modules' demo data that needs residents runs after it. Skipped when a
 * command is run instead of the server.
 */
@Component
@Order(DemoPopulation.ORDER)
@ConditionalOnServer
class DemoPopulation implements ApplicationRunner {

    static final int ORDER = 100;
    static final String JOB = "registry.demo-population";

    private static final Logger log = LoggerFactory.getLogger(DemoPopulation.class);

    private final DemoProperties properties;
    private final PopulationGeneration generation;
    private final Messages messages;
    private final JobLock lock;

    DemoPopulation(DemoProperties properties, PopulationGeneration generation, Messages messages, JobLock lock) {
        this.lock = lock;
        this.properties = properties;
        this.generation = generation;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!properties.enabled() || properties.residents() == 0) {
            return;
        }
        if (!generation.isEmpty()) {
            log.debug("Demo population: the register holds residents already; nothing generated");
            return;
        }
        // Two nodes starting together on one empty database (issue 20): one generates, the other
        // goes on without; the claim ends by itself should the generating node die.
        if (!lock.claimLease(JOB, Duration.ofHours(1))) {
            log.info("Demo population: another node is generating it");
            return;
        }
        try {
            if (!generation.isEmpty()) {
                return;
            }
            PopulationGeneration.Result result = generation.generate(properties.residents(),
                    RegionCode.parse(properties.province()), properties.seed(), null, ProgressListener.NONE);
            log.info(messages.english("demo.generated", result.residents(), result.elapsedNanos() / 1e9,
                    properties.seed(), result.provinceName()));
        } catch (BulkLoadFailedException e) {
            // another instance started on the same empty database and generated it first
            log.warn("Demo population not generated: {}", e.getMessage());
        } finally {
            lock.release(JOB);
        }
    }
}
