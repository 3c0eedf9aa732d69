package id.gerbang.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerbang.agreement.FeedbackKind;
import id.gerbang.common.GerbangException;
import id.gerbang.feedback.FeedbackSubmission;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading data-balikan records from JSON (both surfaces): the documented shape, and whole-batch refusals. */
class FeedbackCallsTests {

    @Test
    void readsTheDocumentedShape() {
        List<FeedbackSubmission> batch = FeedbackCalls.records(FeedbackCalls.JSON.readTree("""
                [{"nik":"3204105208150001","kind":"VICTIM","caseReference":"K-1","victim":{"violenceKinds":[2,1],"place":1,
                  "perpetratorRelationship":3,"incidentDate":"2026-03-01","reportDate":"2026-03-02","services":[],"disability":null}},
                 {"nik":"3204105208150001","kind":"PROGRAMME_RECIPIENT","caseReference":"P-1","programme":{"programmeCode":"X",
                  "aidDate":"2026-03-01","aidForm":"Sembako","amount":1000}},
                 {"nik":"3204105208150001","kind":"VICTIM","caseReference":"K-1","withdraw":true}]"""));
        assertThat(batch).hasSize(3);
        assertThat(batch.get(0).kind()).isEqualTo(FeedbackKind.VICTIM);
        assertThat(batch.get(0).victim().violenceKinds()).containsExactly(1, 2);
        assertThat(batch.get(0).victim().reportDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(batch.get(1).programme().amount()).isEqualTo(1000L);
        assertThat(batch.get(2).withdraw()).isTrue();
    }

    @Test
    void aRecordOfTheWrongShapeRefusesTheBatch() {
        assertThatThrownBy(() -> FeedbackCalls.records(FeedbackCalls.JSON.readTree("[{\"victim\":{\"incidentDate\":\"kemarin\"}}]")))
                .isInstanceOf(GerbangException.class);
        assertThatThrownBy(() -> FeedbackCalls.records(null)).isInstanceOf(GerbangException.class);
        assertThatThrownBy(() -> FeedbackCalls.records(FeedbackCalls.JSON.readTree("[1]"))).isInstanceOf(GerbangException.class);
    }
}
