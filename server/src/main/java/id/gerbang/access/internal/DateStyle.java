package id.gerbang.access.internal;

import java.time.LocalDate;

/**
 * How the compatible surface writes a date (protocol section 3): most deployments {@code yyyy-MM-dd},
 * one {@code dd.MM.yyyy} ({@code "TGL_LHR": "15.05.1985"}). A field profile's setting
 * ({@code gerbang.access.formats.<profile>.date}).
 */
public enum DateStyle {
    /** {@code 1985-05-15}, the default. */
    ISO,
    /** {@code 15.05.1985}. */
    DOTTED;

    String format(LocalDate date) {
        if (this == ISO) {
            return date.toString();
        }
        int y = date.getYear();
        if (y < 1000 || y > 9999) {
            // outside four digits: no deployment's format covers it; the ISO form is unambiguous
            return date.toString();
        }
        char[] c = new char[10];
        two(c, 0, date.getDayOfMonth());
        c[2] = '.';
        two(c, 3, date.getMonthValue());
        c[5] = '.';
        c[6] = (char) ('0' + y / 1000);
        c[7] = (char) ('0' + y / 100 % 10);
        c[8] = (char) ('0' + y / 10 % 10);
        c[9] = (char) ('0' + y % 10);
        return new String(c);
    }

    private static void two(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 10);
        c[at + 1] = (char) ('0' + v % 10);
    }
}
