/**
 * The population register: residents and families as SIAK holds them, read through
 * {@link id.gerbang.registry.PopulationRegister}; the NIK and No. KK value types; the synthetic
 * population generator and the DWH-extract import (both in {@code internal}, run as commands).
 */
@ApplicationModule(displayName = "Population register",
        allowedDependencies = {"common", "reference"})
@NullMarked
package id.gerbang.registry;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
