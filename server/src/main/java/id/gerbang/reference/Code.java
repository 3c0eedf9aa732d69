package id.gerbang.reference;

/**
 * One entry of a code list.
 *
 * @param list the list
 * @param code the code as SIAK stores it
 * @param label the label as the list spells it (upper case for SIAK lists)
 */
public record Code(CodeList list, int code, String label) {
}
