/** The read-only reference API under {@code /api/v1/reference}. */
@NullMarked
package id.gerbang.reference.web;

import org.jspecify.annotations.NullMarked;
