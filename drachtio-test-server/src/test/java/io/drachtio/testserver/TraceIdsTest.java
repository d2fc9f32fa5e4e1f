package io.drachtio.testserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The trace comparison tolerates generated values only. */
class TraceIdsTest {

    private static final String RECORDED = "c45f82eb-f1a7-4109-a63d-de6a69a9b188|response|x|OK|application|40|udp|"
            + "127.0.0.1|5160|05:41:56.914083|43b5c9a4-8462-42b2-9a52-24d894ed4521|Msg sent:|\r\n"
            + "OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h;rport;branch=z9hG4bKQa9UZt9UKpBBj\r\n"
            + "From: <sip:h>;tag=ZyHyvZt1DDppK\r\nCSeq: 123282066 OPTIONS\r\n\r\n";
    private static final String ACTUAL = "11111111-f1a7-4109-a63d-de6a69a9b188|response|x|OK|application|40|udp|"
            + "127.0.0.1|5160|09:00:00.000001|22222222-8462-42b2-9a52-24d894ed4521|Msg sent:|\r\n"
            + "OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h;rport;branch=z9hG4bKAAAAAAAAAAAAA\r\n"
            + "From: <sip:h>;tag=BBBBBBBBBBBBB\r\nCSeq: 555555555 OPTIONS\r\n\r\n";

    @Test
    void generatedValuesAreMappedAndUsedForLaterFrames() {
        TraceIds ids = new TraceIds();
        ids.assertMatches(RECORDED, ACTUAL, "frame");

        assertThat(ids.actual("43b5c9a4-8462-42b2-9a52-24d894ed4521")).isEqualTo("22222222-8462-42b2-9a52-24d894ed4521");
        assertThat(ids.translate("x|sip|43b5c9a4-8462-42b2-9a52-24d894ed4521|\r\nCSeq: 123282067 INVITE\r\n"))
                .isEqualTo("x|sip|22222222-8462-42b2-9a52-24d894ed4521|\r\nCSeq: 555555556 INVITE\r\n");
    }

    @Test
    void anyOtherDifferenceFails() {
        assertThatThrownBy(() -> new TraceIds().assertMatches(RECORDED, ACTUAL.replace("Msg sent:", "Msg sent"), "f"))
                .isInstanceOf(AssertionError.class);
        String reordered = ACTUAL.replace("From: <sip:h>;tag=BBBBBBBBBBBBB\r\nCSeq: 555555555 OPTIONS",
                "CSeq: 555555555 OPTIONS\r\nFrom: <sip:h>;tag=BBBBBBBBBBBBB");
        assertThatThrownBy(() -> new TraceIds().assertMatches(RECORDED, reordered, "f"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aRecordedValueCannotStandForTwoActualOnes() {
        TraceIds ids = new TraceIds();
        ids.assertMatches(RECORDED, ACTUAL, "first");
        String otherTag = ACTUAL.replace("tag=BBBBBBBBBBBBB", "tag=CCCCCCCCCCCCC");
        assertThatThrownBy(() -> ids.assertMatches(RECORDED, otherTag, "second")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ZyHyvZt1DDppK");
    }
}
