package io.drachtio.spring.boot.autoconfigure;

import io.drachtio.client.ConnectionOptions;
import io.drachtio.client.OutboundOptions;
import java.util.List;

/**
 * What the auto-configured client is built from, derived from {@link DrachtioProperties}: the inbound
 * connections (inbound mode) or the outbound listener (outbound mode). Declare a bean of this type to
 * replace the derivation. {@link #toString()} never shows a secret.
 *
 * @param connections the inbound connections, in configuration order (empty in outbound mode)
 * @param outbound    the outbound listener, or {@code null} in inbound mode
 */
public record DrachtioClientSettings(List<ConnectionOptions> connections, OutboundOptions outbound) {

    /** Copies the list. */
    public DrachtioClientSettings {
        connections = List.copyOf(connections);
    }
}
