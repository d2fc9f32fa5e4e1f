package io.drachtio.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Frequent tokens come back as the shared constants; anything else, however close, does not. */
class KnownTokensTest {

    private static final KnownTokens NAMES = new KnownTokens("branch", "tag", "lr", "received", "transport", "q");

    private static String find(String text) {
        byte[] bytes = ("[" + text + "]").getBytes(StandardCharsets.US_ASCII);
        return NAMES.find(bytes, 1, bytes.length - 1);
    }

    @Test
    void knownTokensAreTheSharedInstances() {
        for (String token : new String[] {"branch", "tag", "lr", "received", "transport", "q"}) {
            assertThat(find(token)).isSameAs(token);
        }
    }

    @Test
    void tokensThatOnlyShareAPrefixOrALengthAreNotFound() {
        assertThat(find("transpore")).isNull();
        assertThat(find("receivee")).isNull();
        assertThat(find("branchx")).isNull();
        assertThat(find("branc")).isNull();
        assertThat(find("Branch")).isNull();
        assertThat(find("tas")).isNull();
        assertThat(find("")).isNull();
        assertThat(find("a-much-longer-token-than-any")).isNull();
    }
}
