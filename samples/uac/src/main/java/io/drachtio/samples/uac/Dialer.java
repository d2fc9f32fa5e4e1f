package io.drachtio.samples.uac;

import io.drachtio.client.ClientTransaction;
import io.drachtio.client.OutgoingRequest;
import io.drachtio.client.ReceivedResponse;
import io.drachtio.spring.template.DrachtioTemplate;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Places calls through the {@link DrachtioTemplate}: INVITE with an SDP offer, ACK of the 2xx, BYE
 * after the call's duration, or CANCEL after {@code cancel-after} while unanswered. Nothing blocks:
 * responses arrive as a stream, timers run on the {@link TaskScheduler}.
 */
@Service
public class Dialer {

    /** The SDP offer of every call (signalling only: nobody sends media to it). */
    public static final String OFFER = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=drachtio uac sample\r\n"
            + "c=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 40000 RTP/AVP 0 8\r\na=rtpmap:0 PCMU/8000\r\n"
            + "a=rtpmap:8 PCMA/8000\r\n";

    private static final Logger log = LoggerFactory.getLogger(Dialer.class);

    private final DrachtioTemplate template;
    private final TaskScheduler scheduler;
    private final CallStore calls;

    /**
     * @param template  sends the requests
     * @param scheduler runs the hang-up and cancel timers
     * @param calls     keeps the calls
     */
    public Dialer(DrachtioTemplate template, TaskScheduler scheduler, CallStore calls) {
        this.template = template;
        this.scheduler = scheduler;
        this.calls = calls;
    }

    /**
     * Places a call and returns at once; the call's state follows its responses.
     *
     * @param request whom to call, for how long, when to give up
     * @return the call, in state {@code calling} (or {@code failed} when there is no drachtio connection)
     */
    public Call place(CallRequest request) {
        Call call = calls.add(new Call(UUID.randomUUID().toString(), request.to()));
        ClientTransaction invite;
        try {
            invite = template.request(OutgoingRequest.builder("INVITE", request.to())
                    .body("application/sdp", OFFER).build());
        } catch (IllegalStateException notConnected) {
            call.failed(notConnected.getMessage());
            return call;
        }
        invite.sent().doOnNext(sent -> call.sent(sent.callId())).onErrorComplete().subscribe();
        if (request.cancelAfter() != null) {
            call.replaceTimer(scheduler.schedule(() -> cancelIfUnanswered(call, invite), in(request.cancelAfter())));
        }
        invite.responses().subscribe(response -> onResponse(call, invite, response, request.duration()),
                error -> call.failed(error.toString()));
        return call;
    }

    /**
     * The far end hung up: the call ends and no BYE is sent.
     *
     * @param callId the SIP Call-ID of its BYE
     */
    public void farEndHungUp(String callId) {
        calls.byCallId(callId).ifPresent(Call::ended);
    }

    private void onResponse(Call call, ClientTransaction invite, ReceivedResponse response, Duration duration) {
        int status = response.status();
        String reason = response.message().reason();
        if (!response.isFinal()) {
            call.ringing();
        } else if (status < 300) {
            call.answered(status, reason, response.dialogId());
            invite.ack().doOnError(error -> log.warn("ACK of call {} failed: {}", call.id(), error.toString()))
                    .onErrorComplete().subscribe();
            Duration hold = call.cancelRequested() ? Duration.ZERO : duration;   // answered despite our CANCEL
            call.replaceTimer(scheduler.schedule(() -> hangUp(call), in(hold)));
        } else {
            call.replaceTimer(null);
            call.rejected(status, reason);
        }
    }

    private void cancelIfUnanswered(Call call, ClientTransaction invite) {
        if (call.requestCancel()) {
            invite.cancel().doOnError(error -> log.warn("CANCEL of call {} failed: {}", call.id(), error.toString()))
                    .onErrorComplete().subscribe();
        }
    }

    private void hangUp(Call call) {
        if (call.state() != CallState.ANSWERED) {
            return;
        }
        // deferred: a template without a connection throws at once, and the call must still end
        Mono.defer(() -> template.request(OutgoingRequest.inDialog("BYE", call.dialogId()).build()).finalResponse())
                .doOnError(error -> log.warn("BYE of call {} failed: {}", call.id(), error.toString()))
                .onErrorComplete()
                .doFinally(signal -> call.ended())
                .subscribe();
    }

    private Instant in(Duration delay) {
        return scheduler.getClock().instant().plus(delay);
    }
}
