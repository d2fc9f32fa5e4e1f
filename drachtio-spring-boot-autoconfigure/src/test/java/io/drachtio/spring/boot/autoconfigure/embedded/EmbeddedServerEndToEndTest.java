package io.drachtio.spring.boot.autoconfigure.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.embedded.EmbeddedDrachtioServer;
import io.drachtio.embedded.sipp.Sipp;
import io.drachtio.spring.annotation.Invite;
import io.drachtio.spring.annotation.Options;
import io.drachtio.spring.annotation.SipController;
import io.drachtio.spring.reply.SipReply;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A Spring Boot application with {@code drachtio.embedded.enabled=true} and nothing else about the
 * connection: its {@code @SipController} answers sipp's OPTIONS and INVITE over real UDP and TCP.
 */
@SpringBootTest(classes = EmbeddedServerEndToEndTest.EmbeddedApplication.class, properties = {
        "drachtio.embedded.enabled=true", "drachtio.embedded.sip.port=0", "drachtio.lifecycle.await-connection=true"})
class EmbeddedServerEndToEndTest {

    static final String SDP = "v=0\r\no=- 1000 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            + "m=audio 31000 RTP/AVP 0\r\n";

    @Autowired
    private EmbeddedDrachtioServer server;

    @BeforeAll
    static void requireSipp() {
        Sipp.assumeInstalled();
    }

    private Sipp caller(String scenario, boolean tcp) throws Exception {
        Path workDir = Files.createDirectories(Path.of("target", "sipp", "embedded-" + scenario + "-" + tcp)
                .toAbsolutePath());
        int port = (tcp ? server.sipTcpAddress() : server.sipUdpAddress()).getPort();
        return Sipp.start(workDir, scenario, tcp, Sipp.freePort(), "127.0.0.1:" + port, "service");
    }


    @ParameterizedTest(name = "tcp={0}")
    @ValueSource(booleans = {false, true})
    void theControllerAnswersOptionsAndACallOverTheEmbeddedServer(boolean tcp) throws Exception {
        assertThat(server.openConnections()).isEqualTo(1);

        caller("uac-options.xml", tcp).assertPassed();
        caller("uac-invite-bye.xml", tcp).assertPassed();
    }

    /** The application: no drachtio.host/port/secret, only the embedded server switched on. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(Calls.class)
    static class EmbeddedApplication {
    }

    /** Answers OPTIONS 200 and INVITE 200 with SDP (BYE gets the dispatcher's default 200). */
    @SipController
    static class Calls {

        @Options
        SipReply options() {
            return SipReply.ok().header("X-Embedded", "yes");
        }

        @Invite
        SipReply invite() {
            return SipReply.ok().body("application/sdp", SDP);
        }
    }
}
