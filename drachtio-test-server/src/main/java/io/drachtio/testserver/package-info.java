/**
 * An in-JVM drachtio-server for tests. {@link io.drachtio.testserver.DrachtioTestServer} speaks
 * the server side of the drachtio control protocol on a real loopback socket and lets a test play
 * the SIP network: {@link io.drachtio.testserver.NetworkTransaction} follows a request the test
 * sent to the application, {@link io.drachtio.testserver.AppRequest} is a request the
 * application sent that the test answers as the far end, {@link io.drachtio.testserver.NetworkDialog}
 * is the network party's view of a dialog, {@link io.drachtio.testserver.ProxyTarget} scripts
 * proxy targets and {@link io.drachtio.testserver.ProxyOperation} shows a proxy command's effect.
 * Timers run on a {@link io.drachtio.testserver.TestClock} the test advances.
 */
package io.drachtio.testserver;
