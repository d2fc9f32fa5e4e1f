package io.drachtio.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelHandler.Sharable;

/**
 * Server side, outbound: writes a {@link ServerMessage} as a payload buffer (its fields joined with
 * {@code |}, then CR LF and the SIP part when non-empty) for the {@link FrameEncoder}. Messages
 * built with the factories of {@link Reply}, {@link SipEvent} and {@link CdrEvent} come out in the
 * real server's layouts; parsed messages come out byte for byte as received. Stateless; use
 * {@link #INSTANCE}.
 */
@Sharable
public final class ServerMessageEncoder extends PayloadEncoder<ServerMessage> {

    /** The shared instance. */
    public static final ServerMessageEncoder INSTANCE = new ServerMessageEncoder();

    private ServerMessageEncoder() {
        super(ServerMessage.class);
    }

    /**
     * Encodes a message into a new buffer.
     *
     * @param message the message
     * @param alloc the allocator
     * @return the payload, owned by the caller
     */
    public static ByteBuf encode(ServerMessage message, ByteBufAllocator alloc) {
        return PayloadWriter.write(alloc, message.fields(), message.sip());
    }

    /**
     * Encodes a message into a byte array.
     *
     * @param message the message
     * @return the payload bytes (without length prefix)
     */
    public static byte[] encode(ServerMessage message) {
        return PayloadWriter.toBytes(message.fields(), message.sip());
    }

    @Override
    ByteBuf toPayload(ByteBufAllocator alloc, ServerMessage message) {
        return encode(message, alloc);
    }
}
