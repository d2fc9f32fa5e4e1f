package io.drachtio.embedded.sip.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.SipResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseRankingTest {

    private static List<SipResponse> responses(int... statuses) {
        List<SipResponse> list = new ArrayList<>();
        for (int status : statuses) {
            list.add(SipResponse.builder(status).build());
        }
        return list;
    }

    private static int best(int... statuses) {
        return ResponseRanking.best(responses(statuses)).status();
    }

    @Test
    void prefers6xxThenChallengesThenOther4xxThen5xxThenTheFirst() {
        assertThat(best(486, 503, 603, 407)).isEqualTo(603);
        assertThat(best(404, 503, 407)).isEqualTo(407);
        assertThat(best(503, 404, 486)).isEqualTo(404);
        assertThat(best(302, 503)).isEqualTo(503);
        assertThat(best(302, 301)).isEqualTo(302);
        assertThat(best(415, 401)).isEqualTo(415);
    }

    @Test
    void noCandidatesMeansNoBestResponse() {
        assertThat(ResponseRanking.best(List.of())).isNull();
    }
}
