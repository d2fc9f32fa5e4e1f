package io.drachtio.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.wire.HostPort;
import io.drachtio.wire.Reply;
import io.drachtio.wire.ReplyStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Connection-level commands and protocol errors (§5.1–5.4, §5.7), over a real socket. */
class SessionCommandsTest {

    private DrachtioTestServer server;

    @BeforeEach
    void start() {
        server = DrachtioTestServer.builder().sipAddress("10.0.0.5", 5080).version("v0.9.10").start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void authenticateAnswersHostportsVersionAndLocalHostportsAndRecordsTags() {
        try (TestApp app = TestApp.connect(server)) {
            Reply reply = app.command("authenticate|cymru|alpha,beta");

            assertThat(reply.isOk()).isTrue();
            assertThat(reply.hostports()).containsExactly(new HostPort("tcp", "10.0.0.5", 5080),
                    new HostPort("udp", "10.0.0.5", 5080));
            assertThat(reply.serverVersion()).isEqualTo("v0.9.10");
            assertThat(reply.localHostports()).isEqualTo(reply.hostports());
            AppConnection connection = server.connections().get(0);
            assertThat(connection.isAuthenticated()).isTrue();
            assertThat(connection.tags()).containsExactly("alpha", "beta");
        }
    }

    @Test
    void aWrongSecretIsRefusedAndTheConnectionClosedButTheTagsAreRecorded() {
        try (TestApp app = TestApp.connect(server)) {
            Reply reply = app.command("authenticate|wrong|gamma");

            assertThat(reply.status()).isEqualTo(ReplyStatus.NO);
            assertThat(reply.failureText()).isEqualTo("incorrect secret");
            assertThat(app.closedByServer()).isTrue();
            AppConnection connection = server.connections().get(0);
            connection.awaitClosed();
            assertThat(connection.isAuthenticated()).isFalse();
            assertThat(connection.tags()).containsExactly("gamma");
        }
    }

    @Test
    void aSecondAuthenticateIsAcceptedAndTagsAccumulate() {
        try (TestApp app = TestApp.connect(server)) {
            app.command("authenticate|cymru|t1");
            assertThat(app.command("authenticate|cymru|t2,t3").isOk()).isTrue();
            assertThat(server.connections().get(0).tags()).containsExactly("t1", "t2", "t3");
        }
    }

    @Test
    void routeAcceptsAnyVerbAndKeepsDuplicates() {
        try (TestApp app = TestApp.connect(server, "invite", "INVITE", "invite", "cdr:stop")) {
            assertThat(server.awaitRoute("cdr:stop").routes()).containsExactly("invite", "INVITE", "invite", "cdr:stop");
        }
    }

    @Test
    void removeRouteRemovesEveryVerbOfTheConnectionWhateverItNames() {
        try (TestApp app = TestApp.connect(server, "invite", "options", "cdr:start")) {
            assertThat(app.command("remove_route|options").isOk()).isTrue();

            assertThat(server.connections().get(0).routes()).isEmpty();
            NetworkTransaction invite = server.request("INVITE", "sip:1000@10.0.0.5:5080").sdp().send();
            assertThat(invite.handling()).isEqualTo(RequestHandling.ANSWERED_BY_SERVER);
            assertThat(invite.awaitFinalResponse().status()).isEqualTo(503);
            app.assertNothingPending();
        }
    }

    @Test
    void pingIsAnsweredWithPongEvenBeforeAuthenticate() {
        try (TestApp app = TestApp.connect(server)) {
            Reply reply = app.command("ping");
            assertThat(reply.isOk()).isTrue();
            assertThat(reply.pong()).isEqualTo("pong");
        }
    }

    @Test
    void pingsCanBeLeftUnanswered() {
        try (TestApp app = TestApp.connect(server, "invite")) {
            server.answerPings(false);
            app.send(TestApp.newId() + "|ping");
            Reply next = app.command("route|options");
            assertThat(next.isOk()).isTrue();

            server.answerPings(true);
            app.assertNothingPending();
        }
    }

    @Test
    void anUnknownCommandIsRefusedAndTheConnectionClosed() {
        try (TestApp app = TestApp.connect(server, "invite")) {
            Reply reply = app.command("frobnicate|x");
            assertThat(reply.status()).isEqualTo(ReplyStatus.NO);
            assertThat(reply.failureText()).isEqualTo("Unknown message type");
            assertThat(app.closedByServer()).isTrue();
        }
    }

    @Test
    void aFirstLineWithoutBarIsRefusedEchoingTheWholeLine() {
        try (TestApp app = TestApp.connect(server)) {
            app.send("justonefield");
            Reply reply = app.nextReply();
            assertThat(reply.commandId()).isEqualTo("justonefield");
            assertThat(reply.failureText()).isEqualTo("Invalid message format");
            assertThat(app.closedByServer()).isTrue();
        }
    }

    @Test
    void aSipResponseWithoutTransactionIdIsRefusedAndTheConnectionClosed() {
        try (TestApp app = TestApp.connect(server, "invite")) {
            Reply reply = app.command("sip||\r\nSIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n");
            assertThat(reply.status()).isEqualTo(ReplyStatus.NO);
            assertThat(reply.failureText()).isEqualTo("transaction id missing");
            assertThat(app.closedByServer()).isTrue();
        }
    }

    @Test
    void aProxyCommandWithoutEnoughFieldsIsRefusedAndTheConnectionClosed() {
        try (TestApp app = TestApp.connect(server, "invite")) {
            Reply reply = app.command("proxy|3ca1ac75-cec7-476b-b8c7-9a9ede2ee570");
            assertThat(reply.failureText()).isEqualTo("Invalid proxy request: not enough information provided");
            assertThat(app.closedByServer()).isTrue();
        }
    }

    @Test
    void enforcedAuthenticationRefusesCommandsBeforeAuthenticate() {
        try (DrachtioTestServer strict = DrachtioTestServer.builder().requireAuthentication(true).start();
                TestApp app = TestApp.connect(strict)) {
            Reply reply = app.command("route|invite");
            assertThat(reply.status()).isEqualTo(ReplyStatus.NO);
            assertThat(reply.failureText()).isEqualTo("authentication required");
            assertThat(app.closedByServer()).isTrue();
        }
    }

    @Test
    void enforcedAuthenticationLetsAuthenticatedConnectionsWork() {
        try (DrachtioTestServer strict = DrachtioTestServer.builder().requireAuthentication(true).start();
                TestApp app = TestApp.connect(strict, "invite")) {
            app.assertNothingPending();
        }
    }
}
