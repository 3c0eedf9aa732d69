package id.gerbang.feedback.internal;

import id.gerbang.reference.Code;
import id.gerbang.reference.CodeList;
import id.gerbang.reference.CodeLists;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The SIMFONI-PPA age group ({@code AGE_GROUP}: "0-5", "6-12", ..., "60+") of a person born on one
 * day at another day, in whole years; read from the reference code list's labels.
 */
@Component
class AgeGroups {

    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*(?:-\\s*(\\d+)|\\+)");

    private record Band(int code, int min, int max) {
    }

    private final List<Band> bands = new ArrayList<>();

    AgeGroups(CodeLists codes) {
        for (Code code : codes.all(CodeList.AGE_GROUP)) {
            Matcher m = RANGE.matcher(code.label());
            if (!m.matches()) {
                throw new IllegalStateException("age group label not of the form a-b or a+: " + code.label());
            }
            bands.add(new Band(code.code(), Integer.parseInt(m.group(1)),
                    m.group(2) == null ? Integer.MAX_VALUE : Integer.parseInt(m.group(2))));
        }
    }

    Optional<Integer> at(LocalDate birth, LocalDate day) {
        if (day.isBefore(birth)) {
            return Optional.empty();
        }
        int years = Period.between(birth, day).getYears();
        return bands.stream().filter(b -> years >= b.min && years <= b.max).map(Band::code).findFirst();
    }
}
