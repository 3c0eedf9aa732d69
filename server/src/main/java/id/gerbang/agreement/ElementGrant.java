package id.gerbang.agreement;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The elements an agreement grants, with the reason for every protected one.
 *
 * <p>{@link #SEED_TEMPLATE} is the seed agreement's grant (PKS Pasal 2 ayat (1) huruf a, juknis
 * 2.h): No. KK, NIK, full name, sex, place and date of birth, marital status, occupation and full
 * address. Every element outside the template is <em>protected</em> (among them disability and the
 * parents' NIKs, which the law names) and is granted only with a reason, normally the clause of
 * the central approval letter that allows it.
 *
 * @param elements the granted elements
 * @param reasons  the reason for each protected element granted; reasons for elements outside
 *                 {@code elements} and blank reasons are dropped
 */
public record ElementGrant(Set<Element> elements, Map<Element, String> reasons) {

    /** The template's elements; granting only these needs no reason. */
    public static final Set<Element> TEMPLATE_ELEMENTS;

    static {
        Set<Element> template = EnumSet.of(Element.NO_KK, Element.NIK, Element.NAMA_LGKP, Element.JENIS_KLMIN,
                Element.TMPT_LHR, Element.TGL_LHR, Element.STATUS_KAWIN, Element.JENIS_PKRJN);
        template.addAll(ElementGroup.FULL_ADDRESS.elements());
        TEMPLATE_ELEMENTS = Collections.unmodifiableSet(template);
    }

    /** The seed agreement's grant: the template, no protected element. */
    public static final ElementGrant SEED_TEMPLATE = new ElementGrant(TEMPLATE_ELEMENTS, Map.of());

    public ElementGrant {
        Set<Element> copy = EnumSet.noneOf(Element.class);
        copy.addAll(elements);
        Map<Element, String> kept = new EnumMap<>(Element.class);
        reasons.forEach((element, reason) -> {
            if (copy.contains(element) && isProtected(element) && reason != null && !reason.isBlank()) {
                kept.put(element, reason.strip());
            }
        });
        elements = Collections.unmodifiableSet(copy);
        reasons = Collections.unmodifiableMap(kept);
    }

    /** A grant of the given elements with one reason for all protected ones among them. */
    public static ElementGrant of(Set<Element> elements, String reasonForProtected) {
        Map<Element, String> reasons = new EnumMap<>(Element.class);
        elements.stream().filter(ElementGrant::isProtected).forEach(e -> reasons.put(e, reasonForProtected));
        return new ElementGrant(elements, reasons);
    }

    /** Protected: outside the template, so granted only with a reason. */
    public static boolean isProtected(Element element) {
        return !TEMPLATE_ELEMENTS.contains(element);
    }

    /** Protected elements of this grant that lack a reason. */
    public Set<Element> missingReasons() {
        Set<Element> missing = EnumSet.noneOf(Element.class);
        elements.stream().filter(e -> isProtected(e) && !reasons.containsKey(e)).forEach(missing::add);
        return missing;
    }

    public boolean grants(Element element) {
        return elements.contains(element);
    }
}
