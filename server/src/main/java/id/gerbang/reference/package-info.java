/**
 * Master tables: the region codes of Indonesia (Kepmendagri 2025) with their 2015-2025 history and
 * the Papua 2022 recodes, and the SIAK and SIMFONI-PPA code lists with label normalisation. The
 * data ships as CSV files under {@code reference/}, is loaded into the database at start-up and
 * answered from memory: {@link id.gerbang.reference.Regions} and {@link id.gerbang.reference.CodeLists}.
 */
@ApplicationModule(displayName = "Reference",
        allowedDependencies = {"common"})
@NullMarked
package id.gerbang.reference;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
