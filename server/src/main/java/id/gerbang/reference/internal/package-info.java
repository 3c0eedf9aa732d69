/** The reference module's loading and in-memory lookups; nothing here is used outside the module. */
@NullMarked
package id.gerbang.reference.internal;

import org.jspecify.annotations.NullMarked;
