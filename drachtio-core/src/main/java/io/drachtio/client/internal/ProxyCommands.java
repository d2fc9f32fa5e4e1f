package io.drachtio.client.internal;

import io.drachtio.client.OutgoingRequest;
import io.drachtio.client.ProxyOptions;
import io.drachtio.wire.ProxyCommand;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@code proxy} command for {@link ProxyOptions} like drachtio-srf does (reference §5.6):
 * {@code fullResponse} always, {@code serial} unless simultaneous, timeouts as {@code <n>s} or
 * {@code <n>ms}, and a SIP part {@code <METHOD> <first destination> SIP/2.0} carrying the extra headers.
 */
final class ProxyCommands {

    private ProxyCommands() {
    }

    static ProxyCommand create(String id, String transactionId, String method, ProxyOptions options) {
        List<OutgoingRequest.Header> headers = new ArrayList<>(options.headers().size());
        for (Map.Entry<String, String> header : options.headers().entrySet()) {
            headers.add(new OutgoingRequest.Header(header.getKey(), header.getValue()));
        }
        byte[] sip = SipRequestWriter.write(method, options.destinations().get(0), headers, null);
        return new ProxyCommand(id, transactionId, options.isRemainInDialog(), true, options.isFollowRedirects(),
                options.forking() == ProxyOptions.Forking.SIMULTANEOUS, timeout(options.provisionalTimeout()),
                timeout(options.finalTimeout()), options.destinations(), sip);
    }

    /**
     * @param timeout a proxy timeout, or {@code null}
     * @return {@code <n>s} for whole seconds, else {@code <n>ms}; {@code null} for none or zero
     * @throws IllegalArgumentException for a negative timeout
     */
    static String timeout(Duration timeout) {
        if (timeout == null || timeout.isZero()) {
            return null;
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("a proxy timeout must not be negative, was " + timeout);
        }
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + "s" : millis + "ms";
    }
}
