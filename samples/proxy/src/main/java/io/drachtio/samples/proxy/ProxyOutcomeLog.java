package io.drachtio.samples.proxy;

import io.drachtio.client.ProxyOptions;
import io.drachtio.client.ProxyResult;
import io.drachtio.client.ProxyResult.ProxyResponse;
import io.drachtio.sip.SipParseException;
import io.drachtio.sip.uri.SipUri;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Logs the outcome of each proxied call in one INFO line:
 * {@code Proxied call callId=… user=… status=… target=…}. The status is the one the caller got (408 when no
 * target answered at all; 487 when the caller cancelled — the cancelled targets' 487s are the final responses
 * then); the target is the one whose final response was relayed, named as configured when its host and port are
 * written in the destination, else as the address and port it answered from.
 */
@Component
public class ProxyOutcomeLog {

    private static final Logger log = LoggerFactory.getLogger(ProxyOutcomeLog.class);

    /** What drachtio-server answers the caller when no target sent a final response. */
    static final int NO_ANSWER_STATUS = 408;

    /**
     * Logs one call's outcome.
     *
     * @param callId  the Call-ID
     * @param user    the called user
     * @param options how the call was proxied
     * @param result  what the targets answered
     */
    public void log(String callId, String user, ProxyOptions options, ProxyResult result) {
        ProxyResponse relayed = result.best();
        if (relayed == null) {
            log.info("Proxied call callId={} user={} status={} target=none", callId, user, NO_ANSWER_STATUS);
            return;
        }
        log.info("Proxied call callId={} user={} status={} target={}", callId, user, relayed.status(),
                targetName(options, relayed));
    }

    private static String targetName(ProxyOptions options, ProxyResponse response) {
        for (String destination : options.destinations()) {
            if (isAt(destination, response)) {
                return destination;
            }
        }
        return response.address() + ":" + response.port();
    }

    private static boolean isAt(String destination, ProxyResponse response) {
        SipUri uri;
        try {
            uri = SipUri.parse(destination);
        } catch (SipParseException e) {
            return false;
        }
        int port = uri.port() >= 0 ? uri.port() : uri.secure() ? 5061 : 5060;
        return uri.host().equalsIgnoreCase(response.address()) && port == response.port();
    }
}
