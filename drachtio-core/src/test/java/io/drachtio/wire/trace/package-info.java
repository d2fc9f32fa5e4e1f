/**
 * Test support: reads the recorded drachtio wire traces of {@code ../shared/fixtures/wire}. Published
 * in the {@code drachtio-core} test-jar so that other modules' tests can replay them.
 */
package io.drachtio.wire.trace;
