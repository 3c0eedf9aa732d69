package id.gerbang.access.internal;

import id.gerbang.access.ServiceOutcome;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The compatible surface's error texts: the catalogue's defaults (the captured strings of protocol
 * section 4), overridden per deployment by {@code gerbang.access.texts.<OUTCOME>}. Clients compare
 * these strings exactly, so an override is written as configured, spaces included.
 */
public final class OutcomeTexts {

    private final EnumMap<ServiceOutcome, String> texts = new EnumMap<>(ServiceOutcome.class);

    /** @param overrides outcome name (any case) to text; unknown names are rejected */
    public OutcomeTexts(Map<String, String> overrides) {
        for (ServiceOutcome o : ServiceOutcome.values()) {
            if (o.defaultText() != null) {
                texts.put(o, o.defaultText());
            }
        }
        overrides.forEach((name, text) -> {
            ServiceOutcome outcome;
            try {
                outcome = ServiceOutcome.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("gerbang.access.texts: unknown outcome " + name, e);
            }
            if (outcome == ServiceOutcome.FOUND) {
                throw new IllegalArgumentException("gerbang.access.texts: FOUND has no error text");
            }
            texts.put(outcome, text);
        });
    }

    public String text(ServiceOutcome outcome) {
        String text = texts.get(outcome);
        if (text == null) {
            throw new IllegalArgumentException(outcome + " has no error text");
        }
        return text;
    }
}
