package io.drachtio.benchmarks.appcpu;

import io.drachtio.spring.annotation.Invite;
import io.drachtio.spring.annotation.Options;
import io.drachtio.spring.annotation.Register;
import io.drachtio.spring.annotation.SipController;
import io.drachtio.spring.annotation.SipHeader;
import io.drachtio.spring.event.DrachtioConnectedEvent;
import io.drachtio.spring.reply.SipReply;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import reactor.core.publisher.Mono;

/**
 * A Spring Boot application on the starter that answers like {@code interop/drachtio-srf/app.js}:
 * OPTIONS 200, REGISTER 200 with the request's Contact and {@code Expires: 3600}, INVITE 486 — from plain
 * handler methods, or with {@code --answers=reactive} from methods returning {@code Mono}. Connects
 * with the usual {@code drachtio.*} properties (command-line arguments such as {@code --drachtio.port=9099})
 * and prints one line when connected (the benchmarks' classpath has no logging back-end, like app.js it
 * writes nothing per request).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({SameAsSrfApplication.BlockingAnswers.class, SameAsSrfApplication.ReactiveAnswers.class})
public class SameAsSrfApplication {

    /**
     * Starts the application.
     *
     * @param args Spring Boot arguments, e.g. {@code --drachtio.port=9099 --drachtio.secret=cymru}
     */
    public static void main(String[] args) {
        SpringApplication.run(SameAsSrfApplication.class, args);
    }

    /**
     * Tells the script driving the comparison that the application is connected.
     *
     * @param event the connection is ready
     */
    @EventListener
    void connected(DrachtioConnectedEvent event) {
        System.out.println("starter app connected to drachtio-server");
    }

    /** The three handlers of app.js, as plain methods: they run on the dispatcher's threads. */
    @SipController
    @ConditionalOnProperty(name = "answers", havingValue = "blocking", matchIfMissing = true)
    static class BlockingAnswers {

        /** @return 200 */
        @Options
        int options() {
            return 200;
        }

        /**
         * @param contact the request's Contact
         * @return 200 with that Contact and a one-hour expiry
         */
        @Register
        SipReply register(@SipHeader("Contact") String contact) {
            return registered(contact);
        }

        /** @return 486 */
        @Invite
        int invite() {
            return 486;
        }
    }

    /**
     * The same answers from reactive methods ({@code --answers=reactive}): they run on the event loop that
     * delivered the request, as srf's callbacks run on Node's one thread.
     */
    @SipController
    @ConditionalOnProperty(name = "answers", havingValue = "reactive")
    static class ReactiveAnswers {

        /** @return 200 */
        @Options
        Mono<Integer> options() {
            return Mono.just(200);
        }

        /**
         * @param contact the request's Contact
         * @return 200 with that Contact and a one-hour expiry
         */
        @Register
        Mono<SipReply> register(@SipHeader("Contact") String contact) {
            return Mono.just(registered(contact));
        }

        /** @return 486 */
        @Invite
        Mono<Integer> invite() {
            return Mono.just(486);
        }
    }

    private static SipReply registered(String contact) {
        return SipReply.ok().header("Contact", contact).header("Expires", "3600");
    }
}
