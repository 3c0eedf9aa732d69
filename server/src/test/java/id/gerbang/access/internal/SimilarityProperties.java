package id.gerbang.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerbang.access.internal.TextNormaliser.Kind;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The invariants ADR 0040 promises, over generated names. */
class SimilarityProperties {

    static final List<String> PREFIX_TITLES = List.of("DR. ", "Drs. ", "Dra. ", "Ir. ", "Prof. ", "H. ", "Hj. ", "KH. ", "dr. ");
    static final List<String> SUFFIX_TITLES = List.of(", S.Kom", ", S.H.", ", S.H., M.M.", ", S.Pd.I", ", A.Md.Keb",
            ", M.Si", ", S.E.", ", Ph.D", " S.KOM", ", Sp.OG");

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> syllable = Arbitraries.of("SU", "SI", "TI", "RA", "DE", "WI", "AN", "TO", "NUR", "MAH",
                "KAR", "YA", "JO", "KO", "CHA", "DJA", "OE", "YU", "LI", "HA", "MAD", "DI", "RI", "ZKI", "A", "M");
        Arbitrary<String> word = syllable.list().ofMinSize(1).ofMaxSize(4).map(s -> String.join("", s));
        return word.list().ofMinSize(1).ofMaxSize(4).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<Kind> kinds() {
        return Arbitraries.of(Kind.class);
    }

    @Property
    void symmetric(@ForAll("names") String a, @ForAll("names") String b, @ForAll("kinds") Kind kind) {
        assertThat(Similarity.score(kind, a, b)).isEqualTo(Similarity.score(kind, b, a));
    }

    @Property
    void withinBounds(@ForAll("names") String a, @ForAll("names") String b, @ForAll("kinds") Kind kind) {
        assertThat(Similarity.score(kind, a, b)).isBetween(0, 100);
    }

    @Property
    void identicalIsOneHundred(@ForAll("names") String a, @ForAll("kinds") Kind kind) {
        assertThat(Similarity.score(kind, a, a)).isEqualTo(100);
    }

    @Property
    void caseWhitespaceHyphensAndApostrophesDoNotMatter(@ForAll("names") String a, @ForAll("kinds") Kind kind) {
        String messy = "  " + a.toLowerCase(Locale.ROOT).replace(" ", " -\t ") + "' ";
        assertThat(Similarity.score(kind, messy, a)).isEqualTo(100);
    }

    @Property
    void titlesDoNotMatter(@ForAll("names") String a, @ForAll("names") String b,
            @ForAll("prefixes") String prefix, @ForAll("suffixes") String suffix) {
        int plain = Similarity.score(Kind.NAME, a, b);
        assertThat(Similarity.score(Kind.NAME, prefix + a + suffix, b)).isEqualTo(plain);
        assertThat(Similarity.score(Kind.NAME, a, prefix + b)).isEqualTo(plain);
        assertThat(Similarity.score(Kind.NAME, a + suffix, b + suffix)).isEqualTo(plain);
    }

    @Property
    void wordOrderDoesNotMatter(@ForAll("names") String a, @ForAll("names") String b) {
        List<String> words = new java.util.ArrayList<>(List.of(a.split(" ")));
        java.util.Collections.reverse(words);
        assertThat(Similarity.score(Kind.NAME, String.join(" ", words), b)).isEqualTo(Similarity.score(Kind.NAME, a, b));
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.of(PREFIX_TITLES);
    }

    @Provide
    Arbitrary<String> suffixes() {
        return Arbitraries.of(SUFFIX_TITLES);
    }
}
