package io.drachtio.testserver.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How the emulated server reads the SIP part of a client command (§4.1, §10.1). */
class ClientSipMessageTest {

    @Test
    void theBodyIsEverythingAfterTheEmptyLineWhateverContentLengthSays() {
        ClientSipMessage message = parse("SIP/2.0 200 OK\r\nContent-Length: 101\r\nX-Greeting: Grüße\r\n\r\n"
                + "v=0\r\ns=Grüße Zoë ☎\r\n");

        assertThat(message.isResponse()).isTrue();
        assertThat(message.status()).isEqualTo(200);
        assertThat(message.reasonPhrase()).isEqualTo("OK");
        assertThat(new String(message.body(), StandardCharsets.UTF_8)).isEqualTo("v=0\r\ns=Grüße Zoë ☎\r\n");
        assertThat(message.first("x-greeting")).isEqualTo("Grüße");
    }

    @Test
    void headerLinesMaySeparateWithCrLfOrCrLfAndBadLinesAreDropped() {
        ClientSipMessage message = parse("INVITE sip:bob@example.com SIP/2.0\r\nA: 1\nB: 2\rC:3\r\n"
                + "no colon here\r\nbad name: 4\r\n: empty\r\n folded: 5\r\nD :  6  \r\n\r\n");

        assertThat(message.method()).isEqualTo("INVITE");
        assertThat(message.requestUri()).isEqualTo("sip:bob@example.com");
        assertThat(message.headers()).containsExactly(new HeaderLine("A", "1"), new HeaderLine("B", "2"),
                new HeaderLine("C", "3"), new HeaderLine("folded", "5"), new HeaderLine("D", "6"));
    }

    @Test
    void aPartWithoutEmptyLineHasNoBodyAndAnEmptyPartNoStartLine() {
        ClientSipMessage headersOnly = parse("INVITE sip:a@b SIP/2.0\r\nX: y");
        assertThat(headersOnly.headers()).containsExactly(new HeaderLine("X", "y"));
        assertThat(headersOnly.bodyLength()).isZero();

        ClientSipMessage empty = parse("");
        assertThat(empty.startLine()).isEmpty();
        assertThat(empty.method()).isEmpty();
        assertThat(empty.status()).isEqualTo(-1);
    }

    @Test
    void aStatusThatIsNotThreeDigitsIsInvalid() {
        assertThat(parse("SIP/2.0 2x0 OK\r\n\r\n").status()).isEqualTo(-1);
        assertThat(parse("SIP/2.0 2000 OK\r\n\r\n").status()).isEqualTo(-1);
        assertThat(parse("SIP/2.0 180\r\n\r\n").reasonPhrase()).isEmpty();
    }

    private static ClientSipMessage parse(String text) {
        return ClientSipMessage.parse(text.getBytes(StandardCharsets.UTF_8));
    }
}
