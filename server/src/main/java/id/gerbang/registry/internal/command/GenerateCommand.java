package id.gerbang.registry.internal.command;

import id.gerbang.common.Command;
import id.gerbang.common.CommandConsole;
import id.gerbang.common.CommandOptions;
import id.gerbang.common.CommandUsageException;
import id.gerbang.reference.Region;
import id.gerbang.reference.RegionCode;
import id.gerbang.registry.internal.TerminalProgress;
import id.gerbang.registry.internal.generator.PopulationGeneration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code generate --count=N [--province=32] [--seed=42] [--as-of=2026-01-01]}. */
@Component
class GenerateCommand implements Command {

    static final long DEFAULT_COUNT = 50_000;
    static final long DEFAULT_SEED = 42;
    static final long MAX_COUNT = 100_000_000;

    private final PopulationGeneration generation;

    GenerateCommand(PopulationGeneration generation) {
        this.generation = generation;
    }

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public int run(List<String> arguments, CommandConsole console) {
        CommandOptions options = new CommandOptions(arguments, "generate", Set.of("count", "province", "seed", "as-of"));
        long count = options.number("count", DEFAULT_COUNT, 1, MAX_COUNT, "command.error.option.count");
        long seed = options.number("seed", DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE, "command.error.option.seed");
        LocalDate asOf = options.date("as-of");
        String provinceText = options.text("province");
        Region province = RegionCode.tryParse(provinceText == null ? "32" : provinceText)
                .map(generation::province).orElse(null);
        if (province == null) {
            throw new CommandUsageException("command.error.option.value", "province", new CommandConsole.Key("command.error.option.province"));
        }

        console.info("generate.start", count, province.code().plain(), province.name(), seed);
        if (!generation.isEmpty()) {
            console.info("generate.upsert");
        }
        TerminalProgress progress = TerminalProgress.on(console.err(), "generate", count);
        PopulationGeneration.Result result = generation.generate(count, province.code(), seed, asOf, progress::update);
        progress.done(result.residents());
        double seconds = result.elapsedNanos() / 1e9;
        console.info("generate.done", result.residents(), result.families(), seconds,
                Math.round(result.residents() / Math.max(seconds, 1e-3)));
        return OK;
    }
}
