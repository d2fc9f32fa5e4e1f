package io.drachtio.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipRequest;
import io.drachtio.sip.header.NameAddress;
import org.junit.jupiter.api.Test;

/** What a request built by {@link NetworkRequest} carries. */
class NetworkRequestTest extends TestServerFixture {

    @Test
    void aRegisterGetsTheCallersContactByDefault() {
        SipRequest register = server.request("REGISTER", "sip:127.0.0.1").build();

        assertThat(register.contacts()).extracting(contact -> contact.uri().toString())
                .singleElement().asString().startsWith("sip:caller@");
    }

    @Test
    void aContactGivenByTheTestReplacesTheDefaultOne() {
        SipRequest register = server.request("REGISTER", "sip:127.0.0.1")
                .header("Contact", "<sip:alice@192.0.2.1:5060>;expires=60")
                .header("Contact", "<sip:alice@192.0.2.2:5060>").build();

        assertThat(register.contacts()).extracting(contact -> contact.uri().toString())
                .containsExactly("sip:alice@192.0.2.1:5060", "sip:alice@192.0.2.2:5060");
    }

    @Test
    void aWildcardContactInCompactFormIsTheOnlyContact() {
        SipRequest register = server.request("REGISTER", "sip:127.0.0.1").header("m", "*")
                .header("Expires", "0").build();

        assertThat(register.contacts()).singleElement().extracting(NameAddress::isWildcard).isEqualTo(true);
    }
}
