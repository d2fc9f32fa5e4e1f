/**
 * The Spring Boot test kit for drachtio SIP applications: {@link
 * io.drachtio.spring.test.AutoConfigureDrachtioTestServer @AutoConfigureDrachtioTestServer} (with
 * {@code @SpringBootTest}) and the {@link io.drachtio.spring.test.DrachtioTest @DrachtioTest} slice run
 * the application against an in-JVM drachtio test server, one per cached context, and {@link
 * io.drachtio.spring.test.SipTestClient} lets the test play the SIP network around it — callers, far
 * ends, proxy targets, the server's clock and the connection.
 */
package io.drachtio.spring.test;
