package io.drachtio.embedded.sip;

import io.drachtio.embedded.sip.time.TimerSettings;
import io.drachtio.embedded.sip.transport.TransportSettings;

/**
 * Settings of a {@link SipStack}.
 *
 * @param transport listen address, ports and message size limit
 * @param timers    T1, T2, T4
 */
public record SipStackSettings(TransportSettings transport, TimerSettings timers) {

    /** 127.0.0.1:5060 over UDP and TCP with the RFC 3261 timer values. */
    public static final SipStackSettings DEFAULT = new SipStackSettings(TransportSettings.DEFAULT, TimerSettings.DEFAULT);

    /**
     * Returns settings for free ports on 127.0.0.1 with the default timers (for tests).
     *
     * @return the settings
     */
    public static SipStackSettings loopbackFreePorts() {
        return new SipStackSettings(TransportSettings.loopbackFreePorts(), TimerSettings.DEFAULT);
    }
}
