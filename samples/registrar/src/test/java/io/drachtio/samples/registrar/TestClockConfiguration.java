package io.drachtio.samples.registrar;

import io.drachtio.testserver.DrachtioTestServer;
import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The registrar reads the time from the kit's test clock: {@code sip.advanceClock(…)} moves it. */
@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

    @Bean
    @Primary
    Clock testClock(DrachtioTestServer server) {
        return server.clock();
    }
}
