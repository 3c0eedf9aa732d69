package id.gerbang.registry.internal;

/** Where the generator and the import put what they produce: a bulk writer, or a list in tests. */
public interface PopulationSink {

    /** A family; always before the first of its residents. */
    void family(FamilyRow family);

    void resident(ResidentRow resident);
}
