package id.gerbang.agreement;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Named groups of elements that agreements grant together. {@link #FULL_ADDRESS} is the juknis'
 * "Alamat Lengkap" (2.h.9): address, province, regency, district and village codes and names, RT
 * and RW. {@code DUSUN} and {@code KODE_POS} are not in that list, so they are not in the group and
 * need their own grant.
 */
public enum ElementGroup {
    FULL_ADDRESS(EnumSet.of(
            Element.ALAMAT, Element.NO_RT, Element.NO_RW,
            Element.NO_PROP, Element.PROP_NAME, Element.NO_KAB, Element.KAB_NAME,
            Element.NO_KEC, Element.KEC_NAME, Element.NO_KEL, Element.KEL_NAME));

    private final Set<Element> elements;

    ElementGroup(Set<Element> elements) {
        this.elements = Collections.unmodifiableSet(elements);
    }

    public Set<Element> elements() {
        return elements;
    }

    public static Optional<ElementGroup> fromName(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        for (ElementGroup g : values()) {
            if (g.name().equals(upper)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /**
     * Expands element and group names ({@code "NIK"}, {@code "full_address"}) to elements.
     *
     * @return empty if any name is neither an element nor a group
     */
    public static Optional<Set<Element>> expand(Iterable<String> names) {
        Set<Element> result = EnumSet.noneOf(Element.class);
        for (String name : names) {
            Optional<Element> element = Element.fromWireKey(name);
            Optional<ElementGroup> group = fromName(name);
            if (element.isPresent()) {
                result.add(element.get());
            } else if (group.isPresent()) {
                result.addAll(group.get().elements);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(result);
    }
}
