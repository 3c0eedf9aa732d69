package id.gerbang.registry.internal.generator;

import id.gerbang.registry.internal.FamilyRow;
import id.gerbang.registry.internal.PopulationSink;
import id.gerbang.registry.internal.ResidentRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps what a generator produced, checking that a family always comes before its residents. */
final class CollectingSink implements PopulationSink {

    final List<FamilyRow> families = new ArrayList<>();
    final List<ResidentRow> residents = new ArrayList<>();
    final Map<Long, List<ResidentRow>> byFamily = new LinkedHashMap<>();

    @Override
    public void family(FamilyRow family) {
        families.add(family);
        if (byFamily.put(family.noKk(), new ArrayList<>()) != null) {
            throw new AssertionError("a No. KK given twice");
        }
    }

    @Override
    public void resident(ResidentRow resident) {
        List<ResidentRow> members = byFamily.get(resident.noKk());
        if (members == null) {
            throw new AssertionError("a resident before their family");
        }
        members.add(resident);
        residents.add(resident);
    }

    static CollectingSink generate(GeneratorSettings settings, Geography geography) {
        CollectingSink sink = new CollectingSink();
        new PopulationGenerator(settings, geography).generate(sink);
        return sink;
    }
}
