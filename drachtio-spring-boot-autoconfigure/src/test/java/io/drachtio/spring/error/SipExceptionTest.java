package io.drachtio.spring.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.spring.annotation.SipExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class SipExceptionTest {

    @Test
    void carriesStatusAndReason() {
        SipException busy = new SipException(486, "Busy Here");
        assertThat(busy.status()).isEqualTo(486);
        assertThat(busy.reason()).isEqualTo("Busy Here");
        assertThat(new SipException(503, null).reason()).isNull();
    }

    @Test
    void refusesNonErrorStatusesAndLineBreaks() {
        assertThatThrownBy(() -> new SipException(200, "OK")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SipException(500, "a\nb")).isInstanceOf(IllegalArgumentException.class);
    }

    static class Handlers {
        @SipExceptionHandler
        int runtime(RuntimeException ex) {
            return 500;
        }

        @SipExceptionHandler(UncheckedIOException.class)
        int io() {
            return 503;
        }

        @SipExceptionHandler
        int sip(SipException ex) {
            return ex.status();
        }
    }

    static class Ambiguous {
        @SipExceptionHandler
        int a(IllegalStateException ex) {
            return 1;
        }

        @SipExceptionHandler
        int b(IllegalStateException ex) {
            return 2;
        }
    }

    @Test
    void nearestExceptionTypeWins() {
        SipExceptionHandlerMethodResolver resolver = new SipExceptionHandlerMethodResolver(Handlers.class);
        assertThat(resolver.resolveMethod(new SipException(486, null)).getName()).isEqualTo("sip");
        assertThat(resolver.resolveMethod(new UncheckedIOException(new IOException())).getName()).isEqualTo("io");
        assertThat(resolver.resolveMethod(new IllegalStateException()).getName()).isEqualTo("runtime");
        assertThat(resolver.resolveMethod(new Exception())).isNull();
    }

    @Test
    void twoHandlersForOneTypeFailFast() {
        assertThatThrownBy(() -> new SipExceptionHandlerMethodResolver(Ambiguous.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ambiguous");
    }
}
