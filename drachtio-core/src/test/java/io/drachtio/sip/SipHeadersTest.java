package io.drachtio.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.sip.header.NameAddress;
import io.drachtio.sip.uri.SipUri;
import org.junit.jupiter.api.Test;

/** Reading and changing header lines, and what serialisation writes afterwards. */
class SipHeadersTest {

    private static final String INVITE = "INVITE sip:bob@biloxi.example.com SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds\r\n"
            + "v: SIP/2.0/TCP proxy.example.com;branch=z9hG4bKnashds8, SIP/2.0/UDP 10.0.0.1:5062;branch=z9hG4bKx\r\n"
            + "Max-Forwards: 70\r\n"
            + "To: Bob <sip:bob@biloxi.example.com>\r\n"
            + "From:    \"Alice, A.\" <sip:alice@atlanta.example.com>;tag=1928301774\r\n"
            + "i: a84b4c76e66710@pc33.atlanta.example.com\r\n"
            + "CSeq: 314159 INVITE\r\n"
            + "Contact: <sip:alice@pc33.atlanta.example.com>, \"Desk, 2\" <sip:alice@desk.example.com;x=a>\r\n"
            + "Subject: lunch, then coffee\r\n"
            + "X-Folded: first part\r\n"
            + "\t second part\r\n"
            + "Date: Sat, 13 Nov 2010 23:29:00 GMT\r\n"
            + "Content-Type: application/sdp\r\n"
            + "Content-Length: 4\r\n"
            + "\r\n"
            + "v=0\n";

    private static SipRequest invite() {
        return SipMessageParser.parseRequest(INVITE);
    }

    @Test
    void namesMatchCaseInsensitivelyAndCompactFormsMatchLongNames() {
        SipRequest invite = invite();
        assertThat(invite.header("call-id")).isEqualTo("a84b4c76e66710@pc33.atlanta.example.com");
        assertThat(invite.header("I")).isEqualTo(invite.header("Call-ID"));
        assertThat(invite.headers().first("VIA")).startsWith("SIP/2.0/UDP pc33");
        assertThat(invite.headers().all("v")).hasSize(2);
        assertThat(invite.hasHeader("m")).isTrue();
        assertThat(invite.hasHeader("Record-Route")).isFalse();
        assertThat(invite.header("Record-Route")).isNull();
        assertThat(invite.headerValues("Record-Route")).isEmpty();
        assertThat(invite.header("From")).isEqualTo("\"Alice, A.\" <sip:alice@atlanta.example.com>;tag=1928301774");
    }

    @Test
    void foldedLinesAreUnfoldedToOneSpace() {
        assertThat(invite().header("X-Folded")).isEqualTo("first part second part");
    }

    @Test
    void viewsAndTextUnfoldContinuationLinesAndStrayCarriageReturnsAlike() {
        SipRequest request = SipMessageParser.parseRequest("OPTIONS sip:a@b SIP/2.0\r\n"
                + "From: \"Al\r\n  ice\" <sip:alice@example.com>;tag=1\r\n"
                + "To: \"Bo \r b\"\t<sip:bob@example.com>\r\n"
                + "Via: SIP/2.0/UDP h\r;branch=z9hG4bKcr\r\n"
                + "Content-Length: 0\r\n\r\n");
        assertThat(request.header("From")).isEqualTo("\"Al ice\" <sip:alice@example.com>;tag=1");
        assertThat(request.from().displayName()).isEqualTo("Al ice");
        assertThat(request.header("To")).isEqualTo("\"Bo b\"\t<sip:bob@example.com>");
        assertThat(request.to().displayName()).isEqualTo("Bo b");
        assertThat(request.topVia().branch()).isEqualTo("z9hG4bKcr");
        assertThat(request.header("Via")).isEqualTo("SIP/2.0/UDP h ;branch=z9hG4bKcr");
        assertThat(request.toString()).contains("\"Al\r\n  ice\"", "\"Bo \r b\"");
    }

    @Test
    void commaListsSplitOutsideQuotesAndAngleBrackets() {
        SipRequest invite = invite();
        assertThat(invite.headerValues("Via")).containsExactly(
                "SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds",
                "SIP/2.0/TCP proxy.example.com;branch=z9hG4bKnashds8",
                "SIP/2.0/UDP 10.0.0.1:5062;branch=z9hG4bKx");
        assertThat(invite.headerValues("Contact")).containsExactly("<sip:alice@pc33.atlanta.example.com>",
                "\"Desk, 2\" <sip:alice@desk.example.com;x=a>");
        assertThat(invite.contacts()).extracting(NameAddress::displayName).containsExactly(null, "Desk, 2");
        assertThat(invite.vias()).hasSize(3);
    }

    @Test
    void headersThatAreNotCommaListsAreNeverSplit() {
        SipRequest invite = invite();
        assertThat(invite.headerValues("Subject")).containsExactly("lunch, then coffee");
        assertThat(invite.headerValues("Date")).containsExactly("Sat, 13 Nov 2010 23:29:00 GMT");
        assertThat(invite.headerValues("From")).hasSize(1);
        assertThat(HeaderNames.isCommaList("WWW-Authenticate")).isFalse();
        assertThat(HeaderNames.isCommaList("k")).isTrue();
        assertThat(HeaderNames.isCommaList("X-Unknown")).isTrue();
    }

    @Test
    void addAppendsAfterTheLastLineOfTheSameHeader() {
        SipRequest invite = invite();
        invite.headers().add("Via", "SIP/2.0/UDP added.example.com;branch=z9hG4bKadd");
        invite.headers().add("Record-Route", "<sip:rr.example.com;lr>");
        String text = invite.toString();
        assertThat(text).contains("branch=z9hG4bKx\r\nVia: SIP/2.0/UDP added.example.com;branch=z9hG4bKadd\r\n"
                + "Max-Forwards: 70\r\n");
        assertThat(text).contains("Content-Length: 4\r\nRecord-Route: <sip:rr.example.com;lr>\r\n\r\nv=0\n");
        assertThat(invite.vias()).hasSize(4);
        assertThat(invite.recordRoutes()).hasSize(1);
    }

    @Test
    void setReplacesTheFirstLineInPlaceAndDropsTheOthers() {
        SipRequest invite = invite();
        invite.headers().set("Via", "SIP/2.0/UDP only.example.com;branch=z9hG4bKonly");
        assertThat(invite.headers().all("Via")).hasSize(1);
        assertThat(invite.toString()).startsWith("INVITE sip:bob@biloxi.example.com SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP only.example.com;branch=z9hG4bKonly\r\nMax-Forwards: 70\r\n");
        invite.headers().set("X-New", "appended");
        assertThat(invite.toString()).contains("Content-Length: 4\r\nX-New: appended\r\n\r\n");
    }

    @Test
    void removeDropsEveryLineAndOtherLinesKeepTheirBytes() {
        SipRequest invite = invite();
        assertThat(invite.headers().remove("via")).isTrue();
        assertThat(invite.headers().remove("Via")).isFalse();
        assertThat(invite.toString()).isEqualTo(INVITE.replace(
                "Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds\r\n", "").replace(
                "v: SIP/2.0/TCP proxy.example.com;branch=z9hG4bKnashds8, SIP/2.0/UDP 10.0.0.1:5062;branch=z9hG4bKx\r\n",
                ""));
        assertThat(invite.topVia()).isNull();
        assertThat(invite.vias()).isEmpty();
    }

    @Test
    void cachedViewsFollowHeaderChanges() {
        SipRequest invite = invite();
        assertThat(invite.topVia().branch()).isEqualTo("z9hG4bK776asdhds");
        assertThat(invite.from().tag()).isEqualTo("1928301774");
        invite.headers().set("Via", "SIP/2.0/UDP new.example.com;branch=z9hG4bKnew");
        invite.headers().set("From", invite.from().withTag("other").toString());
        assertThat(invite.topVia().branch()).isEqualTo("z9hG4bKnew");
        assertThat(invite.from().tag()).isEqualTo("other");
        assertThat(invite.from().displayName()).isEqualTo("Alice, A.");
    }

    @Test
    void unchangedMessageSerialisesToItsOriginalBytesIncludingFolding() {
        assertThat(invite().toString()).isEqualTo(INVITE);
    }

    @Test
    void setBodyRewritesContentLengthInPlace() {
        SipRequest invite = invite();
        invite.setBody("v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\n");
        assertThat(invite.toString()).contains("Content-Type: application/sdp\r\nContent-Length: 31\r\n\r\nv=0\r\n");
        assertThat(invite.bodyLength()).isEqualTo(31);
        assertThat(SipMessageParser.parse(invite.toBytes()).bodyAsString()).isEqualTo(invite.bodyAsString());
    }

    @Test
    void setBodyAddsContentLengthWhenTheMessageHadNone() {
        SipRequest cancel = SipMessageParser.parseRequest(SharedData.message("cancel.sip"));
        cancel.setBody("hello");
        String text = cancel.toString();
        assertThat(text).endsWith("Content-Length: 5\r\n\r\nhello");
        assertThat(SipMessageParser.parse(text).bodyAsString()).isEqualTo("hello");
    }

    @Test
    void compactContentLengthIsReplacedByTheLongName() {
        SipRequest invite = SipMessageParser.parseRequest(SharedData.message("invite_compact_headers.sip"));
        invite.setBody(new byte[0]);
        assertThat(invite.toString()).contains("c: application/sdp\r\nContent-Length: 0\r\n\r\n").doesNotContain("l: ");
    }

    @Test
    void linesThatWouldInjectHeadersAreRefused() {
        SipHeaders headers = invite().headers();
        assertThatThrownBy(() -> headers.add("X-Evil", "a\r\nVia: forged")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> headers.set("Bad Name", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> headers.add("", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void iterationNamesAndIndexedAccessFollowTheLineOrder() {
        SipHeaders headers = invite().headers();
        assertThat(headers.size()).isEqualTo(13);
        assertThat(headers.names()).startsWith("Via", "v", "Max-Forwards");
        assertThat(headers.get(2)).isEqualTo(new SipHeader("Max-Forwards", "70"));
        assertThat(headers).hasSize(13).first().isEqualTo(new SipHeader("Via",
                "SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds"));
        assertThat(headers.asList()).hasSize(13);
    }

    @Test
    void canonicalNames() {
        assertThat(HeaderNames.canonical("v")).isEqualTo("Via");
        assertThat(HeaderNames.canonical("CALL-ID")).isEqualTo("Call-ID");
        assertThat(HeaderNames.canonical("www-authenticate")).isEqualTo("WWW-Authenticate");
        assertThat(HeaderNames.canonical("X-Custom")).isEqualTo("X-Custom");
        assertThat(HeaderNames.canonical("q")).isEqualTo("q");
        assertThat(HeaderNames.sameHeader("l", "content-LENGTH")).isTrue();
        assertThat(HeaderNames.compactForm("Refer-To")).isEqualTo('r');
        assertThat(HeaderNames.expandCompact('Y')).isEqualTo("Identity");
    }

    @Test
    void headerBlocksParseOnTheirOwn() {
        byte[] block = "Content-Type: text/plain\r\nContent-ID: <a@b>\r\n".getBytes();
        SipHeaders headers = SipHeaders.parse(block, 0, block.length);
        assertThat(headers.size()).isEqualTo(2);
        assertThat(headers.first("c")).isEqualTo("text/plain");
        assertThatThrownBy(() -> SipHeaders.parse("no colon\r\n".getBytes(), 0, 10))
                .isInstanceOf(SipParseException.class).hasMessageContaining("without a colon");
    }

    @Test
    void requestUriIsParsedOnDemand() {
        SipRequest invite = invite();
        assertThat(invite.requestUri()).isEqualTo("sip:bob@biloxi.example.com");
        assertThat(((SipUri) invite.uri()).user()).isEqualTo("bob");
        assertThat(invite.sipVersion()).isEqualTo("SIP/2.0");
        assertThat(invite.isRequest()).isTrue();
        assertThat(invite.isResponse()).isFalse();
    }
}
