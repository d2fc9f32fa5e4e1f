package io.drachtio.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;

/**
 * Server side, inbound: turns each frame payload into a {@link ClientCommand} with
 * {@link ClientCommandParser} and releases the payload. A command the real server refuses is passed
 * on as a {@link CommandRejectedException} via {@code exceptionCaught}; the server's handler answers
 * it with {@link CommandRejectedException#reply(String)} and closes the connection (if nothing
 * handles it, {@link ProtocolErrorHandler} just closes). Stateless; use {@link #INSTANCE}.
 */
@Sharable
public final class ClientCommandDecoder extends PayloadDecoder<ClientCommand> {

    /** The shared instance. */
    public static final ClientCommandDecoder INSTANCE = new ClientCommandDecoder();

    private ClientCommandDecoder() {
    }

    @Override
    ClientCommand parse(ByteBuf payload) {
        return ClientCommandParser.parse(payload);
    }
}
