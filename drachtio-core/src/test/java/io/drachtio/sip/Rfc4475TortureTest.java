package io.drachtio.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.sip.SharedData.TortureCase;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every RFC 4475 torture test, as listed in {@code INDEX.md}: valid messages parse strictly and
 * show the values read from the files; invalid ones are rejected with {@link SipParseException}
 * (see docs/sip-parser-rfc4475.md for the reason of each).
 */
class Rfc4475TortureTest {

    /** What a valid message must show, read from the .dat files by hand. */
    private record Expected(String startLine, String callId, long cseq, String cseqMethod, int vias, int body) {
    }

    private static final Map<String, Expected> VALID = Map.ofEntries(
            Map.entry("wsinv", new Expected("INVITE sip:vivekg@chair-dnrc.example.com;unknownparam",
                    "wsinv.ndaksdj@192.0.2.1", 9, "INVITE", 3, 150)),
            Map.entry("intmeth", new Expected("!interesting-Method0123456789_*+`.%indeed'~ sip:1_unusual.URI~"
                    + "(to-be!sure)&isn't+it$/crazy?,/;;*:&it+has=1,weird!*pas$wo~d_too.(doesn't-it)@example.com",
                    "intmeth.word%ZK-!.*_+'@word`~)(><:\\/\"][?}{", 139122385,
                    "!interesting-Method0123456789_*+`.%indeed'~", 1, 0)),
            Map.entry("esc01", new Expected("INVITE sip:sips%3Auser%40example.com@example.net",
                    "esc01.239409asdfakjkn23onasd0-3234", 234234, "INVITE", 1, 150)),
            Map.entry("escnull", new Expected("REGISTER sip:example.com",
                    "escnull.39203ndfvkjdasfkq3w4otrq0adsfdfnavd", 14398234, "REGISTER", 1, 0)),
            Map.entry("esc02", new Expected("RE%47IST%45R sip:registrar.example.com",
                    "esc02.asdfnqwo34rq23i34jrjasdcnl23nrlknsdf", 29344, "RE%47IST%45R", 1, 0)),
            Map.entry("lwsdisp", new Expected("OPTIONS sip:user@example.com",
                    "lwsdisp.1234abcd@funky.example.com", 60, "OPTIONS", 1, 0)),
            Map.entry("longreq", new Expected("INVITE sip:user@example.com",
                    "longreq.onereallyreallyreallyreallyreallyreallyreallyreallyreallyreallyreallyreallyreally"
                            + "reallyreallyreallyreallyreallyreallyreallylongcallid", 3882340, "INVITE", 34, 150)),
            Map.entry("dblreq", new Expected("REGISTER sip:example.com",
                    "dblreq.0ha0isndaksdj99sdfafnl3lk233412", 8, "REGISTER", 1, 0)),
            Map.entry("semiuri", new Expected("OPTIONS sip:user;par=u%40example.net@example.com",
                    "semiuri.0ha0isndaksdj", 8, "OPTIONS", 1, 0)),
            Map.entry("transports", new Expected("OPTIONS sip:user@example.com",
                    "transports.kijh4akdnaqjkwendsasfdj", 60, "OPTIONS", 5, 0)),
            Map.entry("mpart01", new Expected("MESSAGE sip:kumiko@example.org",
                    "3d9485ad0c49859b@Zmx1ZmZ5LW1hYy0xNi5sb2NhbA..", 1, "MESSAGE", 1, 553)),
            Map.entry("unreason", new Expected("200", "unreason.1234ksdfak3j2erwedfsASdf", 35, "INVITE", 1, 154)),
            Map.entry("noreason", new Expected("100", "noreason.asndj203insdf99223ndf", 35, "INVITE", 1, 0)),
            Map.entry("badbranch", new Expected("OPTIONS sip:user@example.com",
                    "badbranch.sadonfo23i420jv0as0derf3j3n", 8, "OPTIONS", 1, 0)),
            Map.entry("unkscm", new Expected("OPTIONS nobodyKnowsThisScheme:totallyopaquecontent",
                    "unkscm.nasdfasser0q239nwsdfasdkl34", 3923423, "OPTIONS", 1, 0)),
            Map.entry("novelsc", new Expected("OPTIONS soap.beep://192.0.2.103:3002",
                    "novelsc.asdfasser0q239nwsdfasdkl34", 3923423, "OPTIONS", 1, 0)),
            Map.entry("unksm2", new Expected("REGISTER sip:example.com",
                    "unksm2.daksdj@hyphenated-host.example.com", 234902, "REGISTER", 1, 0)),
            Map.entry("bext01", new Expected("OPTIONS sip:user@example.com", "bext01.0ha0isndaksdj", 8, "OPTIONS", 1, 0)),
            Map.entry("invut", new Expected("INVITE sip:user@example.com", "invut.0ha0isndaksdjadsfij34n23d", 235448,
                    "INVITE", 1, 40)),
            Map.entry("regaut01", new Expected("REGISTER sip:example.com", "regaut01.0ha0isndaksdj", 9338, "REGISTER",
                    1, 0)),
            Map.entry("bcast", new Expected("200", "bcast.0384840201234ksdfak3j2erwedfsASdf", 35, "INVITE", 2, 154)),
            Map.entry("zeromf", new Expected("OPTIONS sip:user@example.com", "zeromf.jfasdlfnm2o2l43r5u0asdfas",
                    39234321, "OPTIONS", 1, 0)),
            Map.entry("cparam01", new Expected("REGISTER sip:example.com", "cparam01.70710@saturn.example.com", 2,
                    "REGISTER", 1, 0)),
            Map.entry("cparam02", new Expected("REGISTER sip:example.com", "cparam02.70710@saturn.example.com", 3,
                    "REGISTER", 1, 0)),
            Map.entry("regescrt", new Expected("REGISTER sip:example.com", "regescrt.k345asrl3fdbv@192.0.2.1",
                    14398234, "REGISTER", 1, 0)),
            Map.entry("sdp01", new Expected("INVITE sip:user@example.com", "sdp01.ndaksdj9342dasdd", 8, "INVITE", 1,
                    150)),
            Map.entry("inv2543", new Expected("INVITE sip:UserB@example.com", "inv2543.1717@ift.client.example.com",
                    56, "INVITE", 1, 105)));

    /**
     * The reason each invalid message is rejected for (a fragment of {@link SipParseException#reason()}),
     * as documented in docs/sip-parser-rfc4475.md.
     */
    private static final Map<String, String> REJECTED = Map.ofEntries(
            Map.entry("badinv01", "parameter name expected"),
            Map.entry("clerr", "Content-Length 9999 exceeds the 154 bytes available"),
            Map.entry("ncl", "Content-Length is not a number"),
            Map.entry("scalar02", "CSeq number is out of range"),
            Map.entry("scalarlg", "CSeq number is out of range"),
            Map.entry("quotbal", "unterminated quoted string"),
            Map.entry("ltgtruri", "must not be enclosed in <>"),
            Map.entry("lwsruri", "separated by single spaces"),
            Map.entry("lwsstart", "separated by single spaces"),
            Map.entry("trws", "separated by single spaces"),
            Map.entry("escruri", "must not contain URI headers"),
            Map.entry("baddate", "Date must be an RFC 1123 date in GMT"),
            Map.entry("regbadct", "a URI with headers must be enclosed in <>"),
            Map.entry("badaspec", "whitespace inside a URI"),
            Map.entry("baddn", "header section is not terminated by an empty line"),
            Map.entry("badvers", "unsupported SIP version 'SIP/7.0'"),
            Map.entry("mismatch01", "CSeq method INVITE does not match the request method OPTIONS"),
            Map.entry("mismatch02", "CSeq method INVITE does not match the request method NEWMETHOD"),
            Map.entry("bigcode", "status code must be three digits from 100 to 699"),
            Map.entry("insuf", "To header is missing"),
            Map.entry("multi01", "header appears more than once"),
            Map.entry("mcl01", "Content-Length header appears more than once"));

    static List<TortureCase> cases() {
        return SharedData.tortureCases();
    }

    @Test
    void indexListsAllFortyNineCasesAndEveryCaseHasAnExpectation() {
        List<TortureCase> cases = cases();
        assertThat(cases).hasSize(49);
        Map<Boolean, List<String>> byValidity = cases.stream()
                .collect(Collectors.partitioningBy(TortureCase::valid,
                        Collectors.mapping(TortureCase::name, Collectors.toList())));
        assertThat(byValidity.get(true)).containsExactlyInAnyOrderElementsOf(VALID.keySet());
        assertThat(byValidity.get(false)).containsExactlyInAnyOrderElementsOf(REJECTED.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void strictParserAcceptsValidAndRejectsInvalidMessages(TortureCase torture) {
        if (torture.valid()) {
            Expected expected = VALID.get(torture.name());
            SipMessage message = SipMessageParser.parseStrict(torture.bytes());
            String startLine = message instanceof SipRequest request
                    ? request.method() + " " + request.requestUri()
                    : Integer.toString(((SipResponse) message).status());
            assertThat(startLine).isEqualTo(expected.startLine());
            assertThat(message.callId()).isEqualTo(expected.callId());
            assertThat(message.cseq().number()).isEqualTo(expected.cseq());
            assertThat(message.cseq().method()).isEqualTo(expected.cseqMethod());
            assertThat(message.vias()).hasSize(expected.vias());
            assertThat(message.body()).hasSize(expected.body());
        } else {
            assertThatThrownBy(() -> SipMessageParser.parseStrict(torture.bytes()))
                    .isInstanceOf(SipParseException.class)
                    .satisfies(e -> assertThat(((SipParseException) e).reason()).contains(REJECTED.get(torture.name())));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void lenientParserRoundTripsEveryMessageItCanFrame(TortureCase torture) {
        SipMessage message;
        try {
            message = SipMessageParser.parse(torture.bytes());
        } catch (SipParseException e) {
            assertThat(torture.valid()).as("a valid message must be framed: " + e.getMessage()).isFalse();
            return;
        }
        byte[] bytes = message.toBytes();
        assertThat(torture.bytes()).startsWith(bytes);
        assertThat(SipMessageParser.parse(bytes).toBytes()).isEqualTo(bytes);
    }
}
