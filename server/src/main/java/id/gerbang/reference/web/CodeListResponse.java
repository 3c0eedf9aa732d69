package id.gerbang.reference.web;

/** A code list: its slug for URLs, its enum name, and how many codes it holds. */
record CodeListResponse(String slug, String name, int size) {
}
