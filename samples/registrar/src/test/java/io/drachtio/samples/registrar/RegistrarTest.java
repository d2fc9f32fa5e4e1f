package io.drachtio.samples.registrar;

import static io.drachtio.spring.test.assertj.SipAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipResponse;
import io.drachtio.sip.auth.DigestAlgorithm;
import io.drachtio.sip.auth.DigestChallengeBuilder;
import io.drachtio.sip.auth.DigestResponse;
import io.drachtio.sip.header.DigestChallenge;
import io.drachtio.sip.header.DigestCredentials;
import io.drachtio.spring.test.AutoConfigureDrachtioTestServer;
import io.drachtio.spring.test.SipTestClient;
import io.drachtio.testserver.NetworkRequest;
import io.drachtio.testserver.NetworkTransaction;
import io.drachtio.testserver.ProxyOperation;
import io.drachtio.testserver.ResponseSpec;
import io.drachtio.wire.ForkMode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The registrar on the test kit: authentication, bindings and calls to registered users. */
@SpringBootTest(properties = "registrar.users.carol=carol-secret")
@AutoConfigureDrachtioTestServer
@Import(TestClockConfiguration.class)
class RegistrarTest {

    private static final String ALICE_DESK = "sip:alice@127.0.0.1:5171";
    private static final String ALICE_MOBILE = "sip:alice@127.0.0.1:5172";

    @Autowired
    SipTestClient sip;

    @Autowired
    BindingRepository repository;

    @Autowired
    Bindings bindings;

    @Autowired
    RegistrarProperties properties;

    private Phone alice;

    @BeforeEach
    void startWithoutBindings() {
        repository.deleteAll();
        alice = new Phone(sip, "alice", "alice-secret");
    }

    @Test
    void challengesWithSha256ThenMd5BothWithQopAuthAndAFreshNonce() {
        SipResponse first = alice.unauthenticated("Contact: <" + ALICE_DESK + ">");
        SipResponse second = alice.unauthenticated("Contact: <" + ALICE_DESK + ">");

        assertThat(first).hasStatus(401);
        List<DigestChallenge> challenges = first.wwwAuthenticate();
        assertThat(challenges).extracting(DigestChallenge::algorithm).containsExactly("SHA-256", "MD5");
        assertThat(challenges).allSatisfy(challenge -> {
            assertThat(challenge.scheme()).isEqualTo("Digest");
            assertThat(challenge.realm()).isEqualTo("registrar.local");
            assertThat(challenge.qop()).containsExactly("auth");
            assertThat(challenge.stale()).isFalse();
            assertThat(challenge.nonce()).isEqualTo(challenges.get(0).nonce());
        });
        assertThat(second.wwwAuthenticate().get(0).nonce()).isNotEqualTo(challenges.get(0).nonce());
        assertThat(repository.count()).isZero();
    }

    @Test
    void registersWithMd5Credentials() {
        SipResponse ok = alice.register(DigestAlgorithm.MD5, "Contact: <" + ALICE_DESK + ">");

        assertThat(ok).hasStatus(200).hasHeader("Contact", "<" + ALICE_DESK + ">;expires=3600");
        assertThat(bindings.live("alice")).extracting(Binding::contactUri).containsExactly(ALICE_DESK);
    }

    @Test
    void registersWithSha256Credentials() {
        SipResponse ok = alice.register(DigestAlgorithm.SHA_256, "Contact: <" + ALICE_DESK + ">");

        assertThat(ok).hasStatus(200).hasHeader("Contact", "<" + ALICE_DESK + ">;expires=3600");
        assertThat(bindings.live("alice")).extracting(Binding::contactUri).containsExactly(ALICE_DESK);
    }

    @Test
    void rejectsAReplayedNonceCountWithANewChallenge() {
        String contact = "Contact: <" + ALICE_DESK + ">";
        String authorization = alice.authorization(
                Phone.challenge(alice.unauthenticated(contact), DigestAlgorithm.SHA_256));
        assertThat(alice.send(authorization, contact)).hasStatus(200);

        SipResponse replay = alice.send(authorization, contact);

        assertThat(replay).hasStatus(401);
        DigestChallenge fresh = replay.wwwAuthenticate().get(0);
        assertThat(fresh.stale()).isFalse();
        assertThat(fresh.nonce()).isNotEqualTo(DigestCredentials.parse(authorization).nonce());
    }

    @Test
    void rejectsANonceItNeverIssuedWithANewChallenge() {
        DigestChallenge forged = DigestChallengeBuilder.digest("registrar.local", "dcd98b7102dd2f0e8b11d0f600bfb0c093")
                .algorithm(DigestAlgorithm.MD5).qop(DigestResponse.QOP_AUTH).toChallenge();

        SipResponse response = alice.answer(forged, "Contact: <" + ALICE_DESK + ">");

        assertThat(response).hasStatus(401);
        assertThat(response.wwwAuthenticate()).extracting(DigestChallenge::stale).containsOnly(false);
        assertThat(repository.count()).isZero();
    }

    @Test
    void answersAnExpiredNonceWithStaleTrue() {
        String contact = "Contact: <" + ALICE_DESK + ">";
        DigestChallenge challenge = Phone.challenge(alice.unauthenticated(contact), DigestAlgorithm.SHA_256);

        sip.advanceClock(properties.nonceLifetime());
        SipResponse response = alice.answer(challenge, contact);

        assertThat(response).hasStatus(401);
        assertThat(response.wwwAuthenticate()).extracting(DigestChallenge::stale).containsOnly(true);
        assertThat(alice.answer(Phone.challenge(response, DigestAlgorithm.SHA_256), contact)).hasStatus(200);
    }

    @Test
    void refusesAnUnknownUserWith403() {
        Phone mallory = new Phone(sip, "mallory", "guess");

        SipResponse response = mallory.register("Contact: <sip:mallory@127.0.0.1:5173>");

        assertThat(response).hasStatus(403);
        assertThat(repository.count()).isZero();
    }

    @Test
    void refusesCredentialsOfAnotherUserWith403() {
        String aliceAor = "<sip:alice@127.0.0.1>";
        Phone carol = new Phone(sip, "carol", "carol-secret");
        DigestChallenge challenge = Phone.challenge(carol.unauthenticated(), DigestAlgorithm.SHA_256);

        SipResponse response = sip.request("REGISTER", Phone.REGISTRAR_URI).from(aliceAor).to(aliceAor)
                .header("Contact", "<sip:carol@127.0.0.1:5174>").header("Authorization", carol.authorization(challenge))
                .send().awaitFinalResponse();

        assertThat(response).hasStatus(403);
        assertThat(repository.count()).isZero();
    }

    @Test
    void refusesAnExpiryBelowTheMinimumWith423AndMinExpires() {
        SipResponse response = alice.register("Contact: <" + ALICE_DESK + ">", "Expires: 30");

        assertThat(response).hasStatus(423).hasHeader("Min-Expires", "60");
        assertThat(repository.count()).isZero();
    }

    @Test
    void capsAnExpiryAboveTheMaximum() {
        SipResponse response = alice.register("Contact: <" + ALICE_DESK + ">;expires=7200");

        assertThat(response).hasStatus(200).hasHeader("Contact", "<" + ALICE_DESK + ">;expires=3600");
    }

    @Test
    void removesOneBindingWithExpiresZero() {
        alice.register("Contact: <" + ALICE_DESK + ">", "Contact: <" + ALICE_MOBILE + ">");

        SipResponse response = alice.register("Contact: <" + ALICE_DESK + ">;expires=0");

        assertThat(response).hasStatus(200);
        assertThat(response.headerValues("Contact")).containsExactly("<" + ALICE_MOBILE + ">;expires=3600");
        assertThat(alice.register("Contact: <" + ALICE_MOBILE + ">", "Expires: 0").headerValues("Contact")).isEmpty();
    }

    @Test
    void removesAllBindingsWithContactStarAndExpiresZero() {
        alice.register("Contact: <" + ALICE_DESK + ">", "Contact: <" + ALICE_MOBILE + ">");

        SipResponse response = alice.register("Contact: *", "Expires: 0");

        assertThat(response).hasStatus(200).doesNotHaveHeader("Contact");
        assertThat(bindings.live("alice")).isEmpty();
    }

    @Test
    void refusesContactStarWithoutExpiresZeroWith400() {
        alice.register("Contact: <" + ALICE_DESK + ">");

        assertThat(alice.register("Contact: *", "Expires: 3600")).hasStatus(400);
        assertThat(alice.register("Contact: *")).hasStatus(400);
        assertThat(bindings.live("alice")).hasSize(1);
    }

    @Test
    void listsEveryLiveBindingWithItsRemainingExpires() {
        alice.register("Contact: <" + ALICE_DESK + ">", "Expires: 3600");
        sip.advanceClock(Duration.ofSeconds(100));

        SipResponse response = alice.register("Contact: <" + ALICE_MOBILE + ">;expires=1800");

        assertThat(response).hasStatus(200);
        assertThat(response.headerValues("Contact")).containsExactlyInAnyOrder(
                "<" + ALICE_DESK + ">;expires=3500", "<" + ALICE_MOBILE + ">;expires=1800");
    }

    @Test
    void doesNotReturnExpiredBindings() {
        alice.register("Contact: <" + ALICE_DESK + ">", "Expires: 60");
        sip.advanceClock(Duration.ofSeconds(60));

        SipResponse response = alice.register("Contact: <" + ALICE_MOBILE + ">");

        assertThat(response.headerValues("Contact")).containsExactly("<" + ALICE_MOBILE + ">;expires=3600");
        assertThat(repository.count()).isEqualTo(2);
    }

    @Test
    void thePurgeDeletesExpiredBindings() {
        alice.register("Contact: <" + ALICE_DESK + ">", "Expires: 60");
        alice.register("Contact: <" + ALICE_MOBILE + ">", "Expires: 120");
        sip.advanceClock(Duration.ofSeconds(60));

        assertThat(bindings.purgeExpired()).isEqualTo(1);
        assertThat(repository.findAll()).extracting(Binding::contactUri).containsExactly(ALICE_MOBILE);
    }

    @Test
    void proxiesAnInviteToEveryLiveContactAtOnce() {
        alice.register("Contact: <" + ALICE_DESK + ">", "Contact: <" + ALICE_MOBILE + ">");
        sip.proxyTarget(ALICE_DESK).answers(180);
        sip.proxyTarget(ALICE_MOBILE).answers(ResponseSpec.status(200).sdp(NetworkRequest.DEFAULT_SDP));

        NetworkTransaction call = sip.invite("sip:alice@127.0.0.1").send();
        ProxyOperation proxy = sip.awaitProxy();

        assertThat(proxy.destinations()).containsExactlyInAnyOrder(ALICE_DESK, ALICE_MOBILE);
        assertThat(proxy.command().forkMode()).isEqualTo(ForkMode.SIMULTANEOUS);
        assertThat(call.awaitFinalResponse()).hasStatus(200);
        call.sendAck();                     // the dialog runs between caller and contact from here on
    }

    @Test
    void doesNotProxyToExpiredContacts() {
        alice.register("Contact: <" + ALICE_DESK + ">", "Expires: 60");
        alice.register("Contact: <" + ALICE_MOBILE + ">", "Expires: 3600");
        sip.advanceClock(Duration.ofSeconds(60));
        sip.proxyTarget(ALICE_MOBILE).answers(486);

        NetworkTransaction call = sip.invite("sip:alice@127.0.0.1").send();

        assertThat(sip.awaitProxy().destinations()).containsExactly(ALICE_MOBILE);
        assertThat(call.awaitFinalResponse()).hasStatus(486);
    }

    @Test
    void answers404ForAnInviteToAnUnknownUser() {
        assertThat(sip.invite("sip:mallory@127.0.0.1").send().awaitFinalResponse()).hasStatus(404);
    }

    @Test
    void answers480ForAKnownUserWithoutLiveBindings() {
        assertThat(sip.invite("sip:bob@127.0.0.1").send().awaitFinalResponse()).hasStatus(480);
    }
}
