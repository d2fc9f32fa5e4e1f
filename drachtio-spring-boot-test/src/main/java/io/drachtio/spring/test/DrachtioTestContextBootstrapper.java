package io.drachtio.spring.test;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/** Bootstraps {@link DrachtioTest @DrachtioTest} contexts (adds the annotation's properties). */
class DrachtioTestContextBootstrapper extends TestSliceTestContextBootstrapper<DrachtioTest> {
}
