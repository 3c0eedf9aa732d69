package id.gerbang.registry.internal.importer;

/**
 * Why a row was rejected: a message key of the registry bundle ({@code import.reject.*} or an
 * {@code error.NIK_*}/{@code error.NOKK_*} rule) and its arguments, never a population value.
 */
record Problem(String key, Object... args) {
}
