package io.drachtio.samples.uas100rel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** Starts the UAS: connects to drachtio-server and answers every INVITE it receives. */
@SpringBootApplication
@EnableConfigurationProperties(UasProperties.class)
public class Uas100relApplication {

    /**
     * Runs the application.
     *
     * @param args command line arguments (Spring Boot's, e.g. {@code --uas.answer-delay=3s})
     */
    public static void main(String[] args) {
        SpringApplication.run(Uas100relApplication.class, args);
    }

    /**
     * The timer of the calls: the answer delay and the wait for a PRACK run on it. A bean, so that a test can
     * put the calls on virtual time.
     *
     * @return Reactor's shared parallel scheduler
     */
    @Bean
    Scheduler callTimer() {
        return Schedulers.parallel();
    }
}
