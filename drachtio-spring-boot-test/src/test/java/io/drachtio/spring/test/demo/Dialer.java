package io.drachtio.spring.test.demo;

import io.drachtio.client.ClientTransaction;
import io.drachtio.client.OutgoingRequest;
import io.drachtio.spring.template.DrachtioTemplate;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Places calls through the carrier, which asks for credentials (a service, not part of the SIP layer). */
@Service
public class Dialer {

    /** The account the dialer authenticates with. */
    public static final String USER = "alice";

    /** Its password. */
    public static final String PASSWORD = "s3cret";

    private final DrachtioTemplate template;

    Dialer(DrachtioTemplate template) {
        this.template = template;
    }

    /**
     * Calls a number and ACKs the answer.
     *
     * @param uri whom to call
     * @return the final status
     */
    public Mono<Integer> call(String uri) {
        ClientTransaction call = template.request(OutgoingRequest.builder("INVITE", uri)
                .body("application/sdp", DemoSipApplication.ANSWER_SDP).credentials(USER, PASSWORD).build());
        return call.finalResponse().flatMap(response -> response.status() / 100 == 2
                ? call.ack().thenReturn(response.status())
                : Mono.just(response.status()));
    }
}
