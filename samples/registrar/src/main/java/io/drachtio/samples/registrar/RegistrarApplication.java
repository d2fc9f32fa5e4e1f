package io.drachtio.samples.registrar;

import io.drachtio.sip.auth.DigestNonces;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The registrar sample: {@code ./mvnw -pl samples/registrar spring-boot:run}. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RegistrarApplication {

    /**
     * Starts the registrar.
     *
     * @param args command-line arguments (Spring Boot properties such as {@code --registrar.realm=…})
     */
    public static void main(String[] args) {
        SpringApplication.run(RegistrarApplication.class, args);
    }

    /**
     * The time of binding expiries and nonces; tests replace it with a clock they move.
     *
     * @return the system clock in UTC
     */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Nonces signed with a key drawn at start-up: nonces of an earlier run are unknown after a restart.
     *
     * @param clock      the time source
     * @param properties the nonce lifetime and replay cache size
     * @return the nonce issuer and checker
     */
    @Bean
    DigestNonces digestNonces(Clock clock, RegistrarProperties properties) {
        return new DigestNonces(clock, properties.nonceLifetime(), properties.nonceCacheSize());
    }
}
