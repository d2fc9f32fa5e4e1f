package io.drachtio.embedded.sip.proxy;

import static io.drachtio.embedded.sip.support.CoreFixture.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.embedded.sip.support.CoreFixture;
import io.drachtio.embedded.sip.support.Messages;
import io.drachtio.embedded.sip.support.RecordingProxyListener;
import io.drachtio.embedded.sip.support.RecordingSender;
import io.drachtio.embedded.sip.transaction.ServerTransaction;
import io.drachtio.embedded.sip.transport.Transport;
import io.drachtio.sip.SipHeader;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProxyCoreTest {

    private static final String A = "sip:127.0.0.1:5071";
    private static final String B = "sip:127.0.0.1:5072";

    private final CoreFixture fixture = new CoreFixture();
    private final RecordingProxyListener listener = new RecordingProxyListener();
    private final List<String> reported = listener.reported;
    private final List<Integer> doneWith = listener.doneWith;

    private ServerTransaction incomingInvite(String... extra) {
        fixture.receive(Messages.invite(Transport.UDP, "z9hG4bK-upstream", extra));
        return fixture.tu.requests().get(0);
    }

    private ProxyOperation proxy(ServerTransaction upstream, ProxyOptions options) {
        return done(fixture.core.proxy(upstream, options, listener));
    }

    private SipRequest sentTo(int port, String method, int index) {
        List<SipRequest> matching = new ArrayList<>();
        for (RecordingSender.Sent sent : fixture.sender.all()) {
            if (sent.destination().address().getPort() == port && sent.message() instanceof SipRequest request
                    && request.method().equals(method)) {
                matching.add(request);
            }
        }
        return matching.get(index);
    }

    private List<SipResponse> upstreamResponses(int status) {
        List<SipResponse> matching = new ArrayList<>();
        for (RecordingSender.Sent sent : fixture.sender.all()) {
            if (sent.destination().equals(Messages.invite(Transport.UDP, "x").source())
                    && sent.message() instanceof SipResponse response && response.status() == status) {
                matching.add(response);
            }
        }
        return matching;
    }

    @Test
    void serialForkingFailsOverAndForwardsProvisionalsAndThe2xxUpstream() {
        ServerTransaction upstream = incomingInvite();
        proxy(upstream, new ProxyOptions(List.of(A, B), true, false, false, 0,
                List.of(new SipHeader("X-Proxied-By", "test"))));

        SipRequest toA = sentTo(5071, "INVITE", 0);
        assertThat(toA.requestUri()).as("Request-URI named us, so it becomes the target").isEqualTo(A);
        assertThat(toA.topVia().branch()).matches("z9hG4bK[0-9a-f-]{36}");
        assertThat(toA.vias()).hasSize(2);
        assertThat(toA.header("Record-Route")).isEqualTo("<sip:127.0.0.1:5060;lr>");
        assertThat(toA.maxForwards()).isEqualTo(69);
        assertThat(toA.header("X-Proxied-By")).isEqualTo("test");

        fixture.receive(Messages.responseTo(toA, 100, null));
        fixture.receive(Messages.responseTo(toA, 180, "a"));
        assertThat(upstreamResponses(180)).hasSize(1);
        assertThat(upstreamResponses(180).get(0).vias()).hasSize(1);
        assertThat(upstreamResponses(100)).as("only the stack's own 100").hasSize(1);

        fixture.receive(Messages.responseTo(toA, 486, "a"));
        assertThat(sentTo(5071, "ACK", 0).to().tag()).isEqualTo("a");
        assertThat(upstreamResponses(486)).as("not forwarded while targets remain").isEmpty();

        SipRequest toB = sentTo(5072, "INVITE", 0);
        fixture.receive(Messages.responseTo(toB, 200, "b"));

        assertThat(upstreamResponses(200)).hasSize(1);
        assertThat(reported).containsExactly(A + " 486", B + " 200");
        assertThat(doneWith).containsExactly(200);
    }

    @Test
    void simultaneousForkingCancelsTheOtherBranchOnA2xxAndDoesNotReportIts487() {
        ServerTransaction upstream = incomingInvite();
        ProxyOperation operation = proxy(upstream, new ProxyOptions(List.of(A, B), false, false, true, 0, List.of()));
        SipRequest toA = sentTo(5071, "INVITE", 0);
        SipRequest toB = sentTo(5072, "INVITE", 0);
        assertThat(toA.topVia().branch()).isNotEqualTo(toB.topVia().branch());

        fixture.receive(Messages.responseTo(toB, 180, "b"));
        fixture.receive(Messages.responseTo(toA, 200, "a"));
        SipRequest cancel = sentTo(5072, "CANCEL", 0);
        assertThat(cancel.topVia().branch()).isEqualTo(toB.topVia().branch());
        fixture.receive(Messages.responseTo(cancel, 200, "b"));
        fixture.receive(Messages.responseTo(toB, 487, "b"));

        assertThat(sentTo(5072, "ACK", 0).cseq().method()).isEqualTo("ACK");
        assertThat(reported).containsExactly(A + " 200");
        assertThat(doneWith).containsExactly(200);
        assertThat(operation.isDone()).isTrue();
    }

    @Test
    void whenAllTargetsFailTheBestResponseIsForwarded() {
        ServerTransaction upstream = incomingInvite();
        proxy(upstream, new ProxyOptions(List.of(A, B), false, false, true, 0, List.of()));

        fixture.receive(Messages.responseTo(sentTo(5071, "INVITE", 0), 503, "a"));
        fixture.receive(Messages.responseTo(sentTo(5072, "INVITE", 0), 404, "b"));

        assertThat(upstreamResponses(404)).hasSize(1);
        assertThat(upstreamResponses(503)).isEmpty();
        assertThat(doneWith).containsExactly(404);
    }

    @Test
    void unusableTargetsAreSkippedAnd500IsForwardedWhenNoneIsLeft() {
        ServerTransaction upstream = incomingInvite();
        proxy(upstream, ProxyOptions.serial(List.of("sip:[bad", "tel:+15551234", B)));
        fixture.receive(Messages.responseTo(sentTo(5072, "INVITE", 0), 404, "b"));
        assertThat(doneWith).containsExactly(404);

        fixture.receive(Messages.nonInvite(Transport.UDP, "INFO", "z9hG4bK-refused"));
        proxy(fixture.tu.requests().get(1), new ProxyOptions(List.of("sip:127.0.0.1:" + RecordingSender.UNREACHABLE_PORT
                + ";transport=tcp", B), false, false, false, 2_000, List.of()));
        fixture.receive(Messages.responseTo(sentTo(5072, "INFO", 0), 200, "b"));
        assertThat(doneWith).as("a refused connection moves on to the next target").containsExactly(404, 200);

        fixture.receive(Messages.nonInvite(Transport.UDP, "MESSAGE", "z9hG4bK-nowhere"));
        proxy(fixture.tu.requests().get(2), ProxyOptions.serial(List.of("tel:+15551234")));
        assertThat(doneWith).containsExactly(404, 200, 500);
        assertThat(fixture.sender.responses(500)).hasSize(1);
    }

    @Test
    void unansweredTargetsTimeOutAnd408IsForwarded() {
        ServerTransaction upstream = incomingInvite();
        proxy(upstream, ProxyOptions.serial(List.of(A)));

        fixture.clock.advance(32_000);

        assertThat(upstreamResponses(408)).hasSize(1);
        assertThat(doneWith).containsExactly(408);
    }

    @Test
    void theProvisionalTimeoutAbandonsASilentTargetAndALateProvisionalIsCancelled() {
        ServerTransaction upstream = incomingInvite();
        proxy(upstream, new ProxyOptions(List.of(A, B), false, false, false, 2_000, List.of()));
        SipRequest toA = sentTo(5071, "INVITE", 0);

        fixture.clock.advance(1_999);
        assertThat(fixture.sender.requests("INVITE").stream().filter(r -> r.requestUri().equals(B))).isEmpty();
        fixture.clock.advance(1);
        SipRequest toB = sentTo(5072, "INVITE", 0);

        fixture.receive(Messages.responseTo(toA, 180, "a"));
        assertThat(sentTo(5071, "CANCEL", 0).topVia().branch()).isEqualTo(toA.topVia().branch());
        assertThat(upstreamResponses(180)).as("an abandoned target is not relayed").isEmpty();

        fixture.receive(Messages.responseTo(toB, 200, "b"));
        assertThat(doneWith).containsExactly(200);
    }

    @Test
    void timerCCancelsABranchThatOnlyRingsAndCountsItAs408() {
        ServerTransaction upstream = incomingInvite();
        proxy(upstream, ProxyOptions.serial(List.of(A)));
        SipRequest toA = sentTo(5071, "INVITE", 0);
        fixture.receive(Messages.responseTo(toA, 180, "a"));

        fixture.clock.advance(184_999);
        fixture.receive(Messages.responseTo(toA, 183, "a"));
        fixture.clock.advance(184_999);
        assertThat(fixture.sender.requests("CANCEL")).as("each provisional restarts timer C").isEmpty();
        fixture.clock.advance(1);

        assertThat(sentTo(5071, "CANCEL", 0).topVia().branch()).isEqualTo(toA.topVia().branch());
        assertThat(upstreamResponses(408)).hasSize(1);
        assertThat(doneWith).containsExactly(408);
    }

    @Test
    void redirectsBecomeNewTargetsWhenFollowed() {
        ServerTransaction upstream = incomingInvite();
        proxy(upstream, new ProxyOptions(List.of(A), false, true, false, 0, List.of()));

        fixture.receive(Messages.responseTo(sentTo(5071, "INVITE", 0), 302, "a", "Contact: <sip:127.0.0.1:5075>"));
        fixture.receive(Messages.responseTo(sentTo(5075, "INVITE", 0), 486, "c"));

        assertThat(reported).containsExactly(A + " 302", "sip:127.0.0.1:5075 486");
        assertThat(doneWith).containsExactly(486);
    }

    @Test
    void anUpstreamCancelCancelsTheBranchesAndAnswers487() {
        ServerTransaction upstream = incomingInvite();
        proxy(upstream, ProxyOptions.serial(List.of(A)));
        SipRequest toA = sentTo(5071, "INVITE", 0);
        fixture.receive(Messages.responseTo(toA, 180, "a"));

        fixture.receive(Messages.nonInvite(Transport.UDP, "CANCEL", "z9hG4bK-upstream"));

        assertThat(upstreamResponses(200).get(0).cseq().method()).isEqualTo("CANCEL");
        assertThat(upstreamResponses(487)).hasSize(1);
        assertThat(sentTo(5071, "CANCEL", 0)).isNotNull();
        assertThat(doneWith).containsExactly(487);
        assertThat(fixture.tu.count("cancel", null)).as("proxied INVITEs are cancelled by the proxy core").isZero();
    }

    @Test
    void aRecordRoutedRegisterGetsAPathInstead() {
        fixture.receive(Messages.nonInvite(Transport.UDP, "REGISTER", "z9hG4bK-reg"));
        proxy(fixture.tu.requests().get(0), new ProxyOptions(List.of(A), true, false, false, 0, List.of()));

        SipRequest register = sentTo(5071, "REGISTER", 0);
        assertThat(register.header("Path")).isEqualTo("<sip:127.0.0.1:5060;lr>");
        assertThat(register.header("Require")).isEqualTo("path");
        assertThat(register.hasHeader("Record-Route")).isFalse();
    }

    @Test
    void maxForwardsZeroIsRejectedWith483() {
        ServerTransaction upstream = incomingInvite();
        fixture.receive(Messages.nonInvite(Transport.UDP, "MESSAGE", "z9hG4bK-mf0"));
        ServerTransaction zero = fixture.tu.requests().get(1);
        assertThat(upstream).isNotSameAs(zero);

        SipRequest request = zero.request();
        request.headers().set("Max-Forwards", "0");

        assertThatThrownBy(() -> fixture.core.proxy(zero, ProxyOptions.serial(List.of(A)), listener).join())
                .hasCauseInstanceOf(ProxyException.class).hasMessageContaining("483 Too Many Hops");
        assertThat(fixture.sender.responses(483)).hasSize(1);
    }

    @Test
    void anAnsweredRequestCannotBeProxied() {
        ServerTransaction upstream = incomingInvite();
        fixture.respond(upstream, 486);

        assertThatThrownBy(() -> fixture.core.proxy(upstream, ProxyOptions.serial(List.of(A)), listener).join())
                .hasCauseInstanceOf(ProxyException.class).hasMessageContaining("Unknown transaction id");
    }

    @Test
    void requestsAndResponsesOfARecordRoutedDialogAreRelayedStatelessly() {
        fixture.receive(Messages.received(Transport.UDP,
                "BYE sip:bob@127.0.0.1:5072 SIP/2.0",
                "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-bye",
                "Route: <sip:127.0.0.1:5060;lr>",
                "From: <sip:alice@127.0.0.1:5061>;tag=alice",
                "To: <sip:bob@127.0.0.1:5060>;tag=bob",
                "Call-ID: relayed@127.0.0.1",
                "CSeq: 2 BYE",
                "Max-Forwards: 70",
                "Content-Length: 0"));
        SipRequest relayed = sentTo(5072, "BYE", 0);
        assertThat(relayed.hasHeader("Route")).isFalse();
        assertThat(relayed.maxForwards()).isEqualTo(69);
        assertThat(relayed.vias()).hasSize(2);
        assertThat(fixture.tu.history()).isEmpty();

        fixture.receive(Messages.responseTo(relayed, 200, null));

        RecordingSender.Sent back = fixture.sender.all().get(fixture.sender.all().size() - 1);
        assertThat(back.destination()).hasToString("udp/127.0.0.1:5061");
        assertThat(((SipResponse) back.message()).vias()).hasSize(1);
    }
}
