package io.drachtio.spring.endtoend;

import io.drachtio.spring.annotation.CallId;
import io.drachtio.spring.annotation.Message;
import io.drachtio.spring.annotation.SipController;
import io.drachtio.spring.annotation.SipHeader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records the {@code X-Seq} of every MESSAGE to {@code sip:order@…} per Call-ID, in the order the
 * handler ran; every third request takes a little longer, so that a request overtaking another would
 * show.
 */
@SipController
class OrderController {

    private final Map<String, List<Integer>> seen = new ConcurrentHashMap<>();

    /**
     * @param callId a Call-ID
     * @return the sequence numbers handled for it, in handling order
     */
    List<Integer> seen(String callId) {
        return seen.getOrDefault(callId, List.of());
    }

    @Message(requestUri = "sip:order@.*")
    int order(@CallId String callId, @SipHeader("X-Seq") Integer seq) throws InterruptedException {
        if (seq % 3 == 0) {
            Thread.sleep(3);
        }
        seen.computeIfAbsent(callId, id -> new CopyOnWriteArrayList<>()).add(seq);
        return 200;
    }
}
