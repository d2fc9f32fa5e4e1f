package io.drachtio.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;

/**
 * Client side, inbound: turns each frame payload into a {@link ServerMessage} with
 * {@link ServerMessageParser} and releases the payload. A malformed payload is passed on as a
 * {@link DrachtioProtocolException} via {@code exceptionCaught}. Stateless; use {@link #INSTANCE}.
 */
@Sharable
public final class ServerMessageDecoder extends PayloadDecoder<ServerMessage> {

    /** The shared instance. */
    public static final ServerMessageDecoder INSTANCE = new ServerMessageDecoder();

    private ServerMessageDecoder() {
    }

    @Override
    ServerMessage parse(ByteBuf payload) {
        return ServerMessageParser.parse(payload);
    }
}
