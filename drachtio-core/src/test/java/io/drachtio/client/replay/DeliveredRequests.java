package io.drachtio.client.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.client.ClientObserver;
import io.drachtio.client.IncomingRequest;
import io.drachtio.client.RequestMeta;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every request the client delivered (handler or unsolicited listener) and checks it against
 * the server's {@code sip} frames that carried it: method, Request-URI and every meta field.
 */
final class DeliveredRequests implements ClientObserver {

    private final List<IncomingRequest> delivered = new CopyOnWriteArrayList<>();

    @Override
    public void requestReceived(IncomingRequest request) {
        delivered.add(request);
    }

    /**
     * @param serverPayloads what the server sent, in order
     */
    void assertMatch(List<byte[]> serverPayloads) throws InterruptedException {
        List<String[]> expected = new ArrayList<>();
        List<String> startLines = new ArrayList<>();
        for (byte[] payload : serverPayloads) {
            String text = new String(payload, StandardCharsets.UTF_8);
            int crlf = text.indexOf("\r\n");
            String[] fields = text.substring(0, crlf < 0 ? text.length() : crlf).split("\\|", -1);
            String startLine = crlf < 0 ? "" : text.substring(crlf + 2, text.indexOf("\r\n", crlf + 2));
            // requests carried by 'sip' messages; a CANCEL is not delivered (it completes cancelled())
            if (fields[1].equals("sip") && !startLine.startsWith("SIP/") && !startLine.startsWith("CANCEL ")) {
                expected.add(fields);
                startLines.add(startLine);
            }
        }
        for (int waited = 0; delivered.size() < expected.size() && waited < 100; waited++) {
            Thread.sleep(50);
        }
        assertThat(delivered).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            String[] fields = expected.get(i);
            IncomingRequest request = delivered.get(i);
            RequestMeta meta = request.meta();
            assertThat(request.method() + " " + request.requestUri() + " SIP/2.0").isEqualTo(startLines.get(i));
            assertThat(meta.source()).isEqualTo(fields[2]);
            assertThat(meta.protocol()).isEqualTo(fields[4]);
            assertThat(meta.sourceAddress()).isEqualTo(fields[5]);
            assertThat(meta.sourcePort()).isEqualTo(Integer.parseInt(fields[6]));
            assertThat(meta.time()).isEqualTo(fields[7]);
            assertThat(meta.transactionId()).isEqualTo(fields[8]);
            assertThat(meta.dialogId()).isEqualTo(fields[9].isEmpty() ? null : fields[9]);
            boolean newRequest = fields.length == 13;
            assertThat(meta.receivedOn()).isEqualTo(newRequest ? fields[10] + ":" + fields[11] : null);
            assertThat(request.isUnsolicited()).isEqualTo(fields[8].equals("unsolicited"));
        }
    }
}
