package id.gerbang.common;

/**
 * Text that a spreadsheet would take for a formula: starting with {@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return (CSV injection). Every workbook Gerbang writes stores such text as
 * a string cell with the quote-prefix style, so it is shown and never run; CSV prefixes it with
 * {@code '}. The access-log and data-balikan exports apply the same rule.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static boolean formulaLike(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
    }
}
