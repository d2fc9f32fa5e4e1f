package io.drachtio.samples.proxy;

import io.drachtio.samples.testsupport.SampleUnreachableServerTest;

/** No drachtio-server reachable: one clear line per retry, then connected as soon as one appears. */
class UnreachableServerTest extends SampleUnreachableServerTest {
}
