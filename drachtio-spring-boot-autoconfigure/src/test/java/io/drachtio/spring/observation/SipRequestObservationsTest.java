package io.drachtio.spring.observation;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.client.ConnectionOptions;
import io.drachtio.client.DrachtioClient;
import io.drachtio.client.IncomingRequest;
import io.drachtio.spring.mapping.SipHandlerMapping;
import io.drachtio.testserver.DrachtioTestServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The observation and MDC of a handled request, on requests the real client delivered. */
class SipRequestObservationsTest {

    private final DrachtioTestServer server = DrachtioTestServer.start();
    private final BlockingQueue<IncomingRequest> delivered = new ArrayBlockingQueue<>(4);
    private final DrachtioClient client = DrachtioClient.builder()
            .connection(ConnectionOptions.builder(server.adminHost(), server.adminPort(), "cymru").build())
            .route("invite").requestHandler(delivered::add).build();
    private final MeterRegistry meters = new SimpleMeterRegistry();

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void aTimerTaggedWithMethodFinalStatusClassHandlerAndException() throws Exception {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        SipRequestObservations observations = new SipRequestObservations(registry, null);
        IncomingRequest invite = deliverInvite();

        SipHandlerMapping mapping = new SipHandlerMapping("callController", CallController.class,
                CallController.class.getDeclaredMethod("invite"), Set.of("INVITE"), List.of(), 0);
        HandledRequest handled = observations.start(invite, mapping);
        invite.response().send(486).block(Duration.ofSeconds(5));
        handled.failed(new IllegalStateException("boom"));
        handled.stop();

        Timer timer = meters.get(DefaultSipRequestObservationConvention.NAME).timer();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.getId().getTag("method")).isEqualTo("INVITE");
        assertThat(timer.getId().getTag("status.class")).isEqualTo("4xx");
        assertThat(timer.getId().getTag("handler")).isEqualTo("CallController#invite");
        assertThat(timer.getId().getTag("exception")).isEqualTo("IllegalStateException");
        assertThat(timer.getId().getTag("drachtio.callId")).as("high cardinality: not a tag").isNull();
    }

    @Test
    void anUnansweredRequestWithoutHandlerIsTaggedNone() throws Exception {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        IncomingRequest invite = deliverInvite();
        new SipRequestObservations(registry, null).start(invite, null).stop();
        Timer timer = meters.get(DefaultSipRequestObservationConvention.NAME).timer();
        assertThat(timer.getId().getTag("handler")).isEqualTo("none");
        assertThat(timer.getId().getTag("status.class")).isEqualTo("NONE");
        assertThat(timer.getId().getTag("exception")).isEqualTo("none");
    }

    @Test
    void theMdcHoldsCallIdAndTransactionIdWhileEnteredAndIsRestoredAfterwards() throws Exception {
        IncomingRequest invite = deliverInvite();
        HandledRequest handled = SipRequestObservations.mdcOnly().start(invite, null);
        MDC.put(RequestMdc.CALL_ID, "outer");
        Map<String, String> inside = new HashMap<>();
        try (HandledRequest.Scope scope = handled.enter()) {
            inside.put("callId", MDC.get(RequestMdc.CALL_ID));
            inside.put("transactionId", MDC.get(RequestMdc.TRANSACTION_ID));
            try (HandledRequest.Scope nested = handled.enter()) {
                inside.put("nested", MDC.get(RequestMdc.CALL_ID));
            }
            inside.put("afterNested", MDC.get(RequestMdc.CALL_ID));
        }
        assertThat(inside).containsEntry("callId", invite.callId())
                .containsEntry("transactionId", invite.transactionId())
                .containsEntry("nested", invite.callId()).containsEntry("afterNested", invite.callId());
        assertThat(MDC.get(RequestMdc.CALL_ID)).isEqualTo("outer");
        assertThat(MDC.get(RequestMdc.TRANSACTION_ID)).isNull();
        MDC.remove(RequestMdc.CALL_ID);
        handled.stop();
    }

    /** Names the handler of the observed request. */
    static final class CallController {
        void invite() {
        }
    }

    private IncomingRequest deliverInvite() throws InterruptedException {
        client.start().block(Duration.ofSeconds(5));
        server.request("INVITE", "sip:1000@127.0.0.1:5060").sdp().send();
        IncomingRequest invite = delivered.poll(5, TimeUnit.SECONDS);
        assertThat(invite).isNotNull();
        return invite;
    }
}
