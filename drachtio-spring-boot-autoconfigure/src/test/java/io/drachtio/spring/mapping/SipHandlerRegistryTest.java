package io.drachtio.spring.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipRequest;
import io.drachtio.spring.annotation.Info;
import io.drachtio.spring.annotation.Invite;
import io.drachtio.spring.annotation.SipRequestMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.Order;

/** Mapping discovery and selection against real SIP messages from the shared data. */
class SipHandlerRegistryTest {

    private static final Path MESSAGES = Path.of(System.getProperty("drachtio.shared.dir", "../shared"), "data",
            "messages");

    private static SipRequest message(String file) throws IOException {
        return SipMessageParser.parseRequest(Files.readAllBytes(MESSAGES.resolve(file)));
    }

    static class Handlers {
        @Invite
        void any() {
        }

        @Invite(headers = "Supported")
        void withSupported() {
        }

        @Invite(requestUri = "sip:009112.*;user=phone;transport=udp", headers = {"Supported", "!X-Missing"})
        void indiaWithSupported() {
        }

        @Invite(headers = "P-Asserted-Identity~=<sip:0958.*")
        @Order(1)
        void byIdentity() {
        }

        @Invite(headers = "Session-Expires=1350")
        @Order(2)
        void bySessionExpires() {
        }

        @Info
        void info() {
        }

        @SipRequestMapping(method = {"MESSAGE", "NOTIFY"})
        void messagesAndNotifies() {
        }
    }

    private static SipHandlerRegistry registry() {
        return new SipHandlerRegistry(SipHandlerMappingDiscoverer.discover("handlers", Handlers.class));
    }

    @Test
    void mostSpecificMappingWins() throws IOException {
        SipHandlerMapping chosen = registry().lookup(message("invite_diversion_pai_sdp.sip"));
        assertThat(chosen.method().getName()).isEqualTo("indiaWithSupported");
        assertThat(chosen.specificity()).isEqualTo(3);
    }

    @Test
    void orderBreaksTiesBetweenEquallySpecificMappings() throws IOException {
        List<SipHandlerMapping> mappings = new ArrayList<>(SipHandlerMappingDiscoverer.discover("h", Handlers.class));
        mappings.removeIf(m -> m.method().getName().equals("indiaWithSupported"));
        SipHandlerRegistry registry = new SipHandlerRegistry(mappings);
        SipRequest invite = message("invite_diversion_pai_sdp.sip");
        assertThat(registry.lookup(invite).method().getName()).isEqualTo("byIdentity");
        mappings.removeIf(m -> m.method().getName().equals("byIdentity"));
        assertThat(new SipHandlerRegistry(mappings).lookup(invite).method().getName()).isEqualTo("bySessionExpires");
    }

    @Test
    void fallsBackToTheUnconditionalMapping() throws IOException {
        SipRequest invite = message("invite_sdp.sip");
        SipHandlerMapping chosen = registry().lookup(invite);
        assertThat(chosen.method().getName()).isIn("any", "withSupported");
        assertThat(chosen.matches(invite)).isTrue();
    }

    @Test
    void methodsMatchExactlyNeverByPrefix() throws IOException {
        String invite = Files.readString(MESSAGES.resolve("invite_sdp.sip"));
        SipRequest inv = SipMessageParser.parseRequest(invite.replaceFirst("INVITE ", "INV "));
        assertThat(registry().lookup(inv)).isNull();
        SipRequest lower = SipMessageParser.parseRequest(invite.replaceFirst("INVITE ", "invite "));
        assertThat(registry().lookup(lower)).isNull();
        assertThat(registry().lookup(message("bye.sip"))).isNull();
    }

    @Test
    void oneMappingMayServeSeveralMethods() throws IOException {
        SipHandlerRegistry registry = registry();
        SipHandlerMapping chosen = registry.lookup(message("message_smime.sip"));
        assertThat(chosen.method().getName()).isEqualTo("messagesAndNotifies");
        assertThat(registry.lookup(message("notify_smime_folded_3via.sip"))).isSameAs(chosen);
    }

    @Test
    void routedVerbsAreTheHandledNewRequestVerbs() {
        assertThat(registry().routedVerbs()).containsExactly("info", "invite", "message", "notify");
    }

    @Test
    void headerConditionsParse() throws IOException {
        SipRequest invite = message("invite_diversion_pai_sdp.sip");
        assertThat(HeaderCondition.parse("Supported").kind()).isEqualTo(HeaderCondition.Kind.PRESENT);
        assertThat(HeaderCondition.parse("!X-Foo").matches(invite)).isTrue();
        assertThat(HeaderCondition.parse("CSeq=1 INVITE").matches(invite)).isTrue();
        assertThat(HeaderCondition.parse("CSeq=2 INVITE").matches(invite)).isFalse();
        assertThat(HeaderCondition.parse("Max-Forwards~=6[0-9]").matches(invite)).isTrue();
        assertThat(HeaderCondition.parse("Max-Forwards~=6").matches(invite)).isFalse();
        assertThat(HeaderCondition.parse("X-Absent~=.*").matches(invite)).isFalse();
        assertThat(HeaderCondition.parse("X-A=b~=c").toString()).isEqualTo("X-A=b~=c");
        assertThatThrownBy(() -> HeaderCondition.parse("=x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'=x'");
        assertThatThrownBy(() -> HeaderCondition.parse("a b")).isInstanceOf(IllegalArgumentException.class);
    }
}
