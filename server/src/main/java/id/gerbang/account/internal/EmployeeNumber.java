package id.gerbang.account.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The NIP (Nomor Induk Pegawai) of a civil servant or PPPK: 18 digits {@code yyyyMMdd yyyyMM s nnn} =
 * birth date, month of appointment, sex (1 male, 2 female) and a serial from 001.
 */
public final class EmployeeNumber {

    private EmployeeNumber() {
    }

    public static boolean isValid(String text) {
        if (text.length() != 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 4, 6, 10),
                    Integer.parseInt(text, 6, 8, 10));
            YearMonth appointed = YearMonth.of(Integer.parseInt(text, 8, 12, 10), Integer.parseInt(text, 12, 14, 10));
            if (birth.getYear() < 1900 || !appointed.atDay(1).isAfter(birth)) {
                return false;
            }
        } catch (DateTimeException e) {
            return false;
        }
        char sex = text.charAt(14);
        return (sex == '1' || sex == '2') && !text.endsWith("000");
    }
}
