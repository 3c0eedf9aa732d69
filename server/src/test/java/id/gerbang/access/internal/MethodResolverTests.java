package id.gerbang.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MethodResolverTests {

    final MethodResolver resolver = new MethodResolver(Map.of(
            "adm_desa", new MethodAlias(Operation.LOOKUP, "adm_desa"),
            "dinkes", new MethodAlias(Operation.LOOKUP, "dinkes")));

    @ParameterizedTest
    @CsvSource({
            "CALL_NIK, LOOKUP", "call_nik, LOOKUP", "Call_Nik, LOOKUP", "NIK, LOOKUP", "nik, LOOKUP",
            "BYNIK, LOOKUP", "GET_NIK, LOOKUP", "CALL_NIK_GET_KK, FAMILY_LOOKUP", "call_nik_get_kk, FAMILY_LOOKUP",
            "CALL_VERIFY_BY_ELEMEN, VERIFICATION", "nik_verifby_elemen, VERIFICATION",
            "koneksitas_verifby_elemen, VERIFICATION", "adm_desa, LOOKUP", "DINKES, LOOKUP"})
    void resolvesEveryKnownName(String method, Operation operation) {
        assertThat(resolver.resolve(method, Map.of())).get().extracting(MethodAlias::operation).isEqualTo(operation);
    }

    @Test
    void namedProfilesCarryTheirProfile() {
        assertThat(resolver.resolve("dinkes", Map.of())).contains(new MethodAlias(Operation.LOOKUP, "dinkes"));
        assertThat(resolver.resolve("CALL_NIK", Map.of())).contains(new MethodAlias(Operation.LOOKUP, null));
    }

    @Test
    void unknownNamesResolveToNothing() {
        assertThat(resolver.resolve("CALL_NAME", Map.of())).isEmpty();
        assertThat(resolver.resolve("", Map.of())).isEmpty();
    }

    @Test
    void theAgreementsAliasesComeFirst() {
        Map<String, MethodAlias> agreement = MethodResolver.upperKeys(Map.of(
                "cek_warga", new MethodAlias(Operation.VERIFICATION, null),
                "dinkes", new MethodAlias(Operation.LOOKUP, "adm_desa")));
        assertThat(resolver.resolve("CEK_WARGA", agreement)).contains(new MethodAlias(Operation.VERIFICATION, null));
        assertThat(resolver.resolve("dinkes", agreement)).contains(new MethodAlias(Operation.LOOKUP, "adm_desa"));
        assertThat(resolver.resolve("cek_warga", Map.of())).isEmpty();
    }
}
