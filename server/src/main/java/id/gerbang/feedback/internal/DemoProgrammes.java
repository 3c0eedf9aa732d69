package id.gerbang.feedback.internal;

import id.gerbang.common.GerbangException;
import id.gerbang.feedback.FeedbackError;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The quick start's programme catalogue (when {@code gerbang.demo.enabled} is true): a few
 * examples, marked as such in their code, name and {@code example} flag, added once when the
 * catalogue is empty. They are not real programmes; the registry administrator adds those. Two
 * nodes starting together on one empty database may both try: the unique codes let one add each,
 * and the other carries on.
 */
@Component
@ConditionalOnProperty(name = "gerbang.demo.enabled", havingValue = "true")
@Order(20)
class DemoProgrammes implements ApplicationRunner {

    private final ProgrammeCatalogue catalogue;

    DemoProgrammes(ProgrammeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (catalogue.all().isEmpty()) {
            addOnce();
        }
    }

    /** Adds the examples unless another node does it at the same moment. */
    void addOnce() {
        try {
            addExamples();
        } catch (GerbangException e) {
            if (e.errorCode() != FeedbackError.PROGRAMME_CODE_TAKEN) {
                throw e;
            }
            // another node started on the same empty database at the same moment and added them
            // (the codes are unique): the catalogue has its examples either way (issue 20)
        }
    }

    void addExamples() {
        catalogue.add("CONTOH-PKH", "Contoh: Bantuan keluarga rentan (bukan program nyata)", "Bantuan sosial", true, "system");
        catalogue.add("CONTOH-PEMB", "Contoh: Pelatihan pemberdayaan perempuan (bukan program nyata)", "Pemberdayaan", true, "system");
        catalogue.add("CONTOH-PEND", "Contoh: Pendampingan anak (bukan program nyata)", "Perlindungan anak", true, "system");
    }
}
