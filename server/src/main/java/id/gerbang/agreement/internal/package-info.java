/** The agreement module's implementation: repositories, services, the terms fold, the scheduled checks. */
@NullMarked
package id.gerbang.agreement.internal;

import org.jspecify.annotations.NullMarked;
