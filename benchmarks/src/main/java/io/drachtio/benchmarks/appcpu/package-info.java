/**
 * The application side of the CPU comparison with drachtio-srf: a Spring Boot application on the
 * starter that does what {@code interop/drachtio-srf/app.js} does, run against the same server by
 * {@code interop/drachtio-srf/compare-cpu.sh}; see benchmarks/README.md.
 */
package io.drachtio.benchmarks.appcpu;
