package id.gerbang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** NIK masking, request ids and the outcome catalogue. */
class SmallPartsTests {

    @Test
    void masksAllButTheFirstSixDigits() {
        assertThat(NikMask.mask("3273011234567890")).isEqualTo("327301**********");
        assertThat(NikMask.mask(3273011234567890L)).isEqualTo("327301**********");
        assertThat(NikMask.mask("1234")).isEqualTo("1234");
        assertThat(NikMask.mask((String) null)).isEqualTo("-");
    }

    @Test
    void masksEverySixteenDigitRunInAText() {
        assertThat(NikMask.maskAll("duplicate key (nik)=(3273011234567890) and kk 3273010000000001, id 12345678901234567"))
                .isEqualTo("duplicate key (nik)=(327301**********) and kk 327301**********, id 12345678901234567");
    }

    @Test
    void requestIdsAreTimeOrderedVersion7Uuids() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(RequestIds.next());
        }
        assertThat(ids).hasSize(10_000);
        UUID id = UUID.fromString(ids.iterator().next());
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        UUID early = RequestIds.next(1_700_000_000_000L);
        UUID late = RequestIds.next(1_700_000_000_001L);
        assertThat(early.getMostSignificantBits() >>> 16).isEqualTo(1_700_000_000_000L);
        assertThat(early.toString()).isLessThan(late.toString());
    }

    @Test
    void theOutcomeCatalogueCarriesTheWireCodesOfTheWebService() {
        assertThat(AccessOutcome.FOUND.wireCode()).hasValue("01");
        assertThat(AccessOutcome.NOT_FOUND.wireCode()).hasValue("13");
        assertThat(AccessOutcome.USER_INACTIVE.wireCode()).hasValue("17");
        assertThat(AccessOutcome.VERIFIED.wireCode()).isEmpty();
        assertThat(AccessOutcome.ofWireCode("05")).hasValue(AccessOutcome.QUOTA_EXHAUSTED);
        Set<String> codes = Arrays.stream(AccessOutcome.values()).flatMap(o -> o.wireCode().stream())
                .collect(Collectors.toSet());
        assertThat(codes).containsExactlyInAnyOrder("01", "03", "04", "05", "06", "07", "08", "09", "10", "11",
                "12", "13", "14", "15", "16", "17");
        assertThat(Arrays.stream(AccessOutcome.values()).filter(AccessOutcome::dataReturned))
                .containsExactlyInAnyOrder(AccessOutcome.FOUND, AccessOutcome.VERIFIED);
    }
}
