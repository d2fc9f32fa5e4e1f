package io.drachtio.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.wire.Authenticate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared secret and passwords never show in toString or exception messages. */
class SecretMaskingTest {

    private static final String SECRET = "s3cr3t-value";

    @Test
    void optionsAndCredentialsHideTheSecret() {
        ConnectionOptions options = ConnectionOptions.builder("10.0.0.1", 9022, SECRET).tags(List.of("a")).build();
        assertThat(options.toString()).doesNotContain(SECRET).contains("secret=****", "10.0.0.1:9022");
        assertThat(OutboundOptions.of("0.0.0.0", 3000, SECRET).toString()).doesNotContain(SECRET);
        assertThat(new Credentials("alice", SECRET).toString()).doesNotContain(SECRET).contains("alice");
        assertThat(new Authenticate("id", SECRET, List.of()).toString()).doesNotContain(SECRET);
        assertThat(OutgoingRequest.builder("INVITE", "sip:a@b").credentials("alice", SECRET).build().toString())
                .doesNotContain(SECRET);
    }

    @Test
    void authenticationFailureNamesTheConnectionNotTheSecret() {
        AuthenticationFailedException failure = new AuthenticationFailedException("pbx-1", "incorrect secret");
        assertThat(failure).hasMessageContaining("pbx-1").hasMessageContaining("incorrect secret");
        assertThat(failure.reason()).isEqualTo("incorrect secret");
    }

    @Test
    void anEmptySecretIsRefused() {
        assertThatThrownBy(() -> ConnectionOptions.builder("h", 9022, "").build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
