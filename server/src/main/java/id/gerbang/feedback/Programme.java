package id.gerbang.feedback;

/**
 * An entry of the programme catalogue the registry administrator keeps.
 *
 * @param example whether it is one of the demo's examples (not a real programme)
 */
public record Programme(long id, String code, String name, String type, boolean example, boolean active) {
}
