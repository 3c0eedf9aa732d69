package id.gerbang.registry.internal.generator;

import id.gerbang.registry.internal.generator.Geography.District;
import id.gerbang.registry.internal.generator.Geography.Village;
import java.util.List;

/** A small province for generator unit tests: three current districts and one retired code. */
final class TestGeography {

    static final Geography WEST_JAVA_SAMPLE = new Geography(32,
            List.of(new District(4, 10, 320410, "BANDUNG", false),
                    new District(73, 1, 327301, "BANDUNG", true),
                    new District(5, 7, 320507, "GARUT", false)),
            List.of(new Village(0, 2001, false), new Village(0, 2002, false), new Village(1, 1001, true),
                    new Village(1, 1002, true), new Village(2, 2010, false)),
            List.of(320599L));

    /** Three districts and no retired codes, as the real West Java list has. */
    static final Geography WITHOUT_RETIRED = new Geography(32, WEST_JAVA_SAMPLE.districts(),
            WEST_JAVA_SAMPLE.villages(), List.of());

    private TestGeography() {
    }
}
