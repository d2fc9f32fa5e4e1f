package io.drachtio.samples.uac;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The UAC sample: {@code ./mvnw -pl samples/uac spring-boot:run}. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class UacApplication {

    /**
     * Starts the UAC.
     *
     * @param args command-line arguments (Spring Boot properties such as {@code --uac.target=…})
     */
    public static void main(String[] args) {
        SpringApplication.run(UacApplication.class, args);
    }
}
