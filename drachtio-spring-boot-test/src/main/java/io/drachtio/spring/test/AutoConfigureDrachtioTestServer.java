package io.drachtio.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the application under test against an in-JVM drachtio test server instead of a real
 * drachtio-server. Put it on a {@code @SpringBootTest} class (the {@link DrachtioTest @DrachtioTest}
 * slice carries it already):
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureDrachtioTestServer
 * class CallTests {
 *     @Autowired SipTestClient sip;
 *
 *     @Test
 *     void answers() {
 *         NetworkTransaction call = sip.invite("sip:1000@127.0.0.1").send();
 *         assertThat(call.awaitFinalResponse()).hasStatus(200);
 *     }
 * }
 * }</pre>
 *
 * <p>For each application context the kit starts one {@code DrachtioTestServer} on a free
 * loopback port and sets {@code drachtio.host}, {@code drachtio.port}, {@code drachtio.secret} and
 * {@code drachtio.mode=inbound} for that context (these win over the application's own values).
 * Before every test method it resets the server's state (calls, dialogs, proxy scripts, timers on
 * the test clock, recorded CDRs and unsolicited requests) and waits until the application is
 * connected and has registered its routes. The server is a bean ({@code DrachtioTestServer}), and
 * so is its facade {@link SipTestClient}. Contexts are cached as usual: test classes with the same
 * configuration share one context and so one server; the server stops with its context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureDrachtioTestServer {

    /**
     * The shared secret the test server expects (and the application is given).
     *
     * @return the secret; {@code cymru} by default
     */
    String secret() default "cymru";

    /**
     * How long every {@code await…} of the server and of {@link SipTestClient} waits before it
     * fails, in Spring Boot's duration format ({@code 5s}, {@code 500ms}, {@code PT2S}).
     *
     * @return the await timeout; {@code 5s} by default
     */
    String awaitTimeout() default "5s";
}
