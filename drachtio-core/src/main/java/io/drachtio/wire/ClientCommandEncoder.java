package io.drachtio.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelHandler.Sharable;
import java.util.List;

/**
 * Client side, outbound: writes a {@link ClientCommand} as a payload buffer for the
 * {@link FrameEncoder}, after {@link WireLimits#check(ClientCommand)}. A command that fails the
 * check is not written: the write's promise fails with the {@link WireLimitExceededException}.
 * Stateless; use {@link #INSTANCE}.
 *
 * <p>The static {@code encode} methods only encode, without the limit check.
 */
@Sharable
public final class ClientCommandEncoder extends PayloadEncoder<ClientCommand> {

    /** The shared instance. */
    public static final ClientCommandEncoder INSTANCE = new ClientCommandEncoder();

    private ClientCommandEncoder() {
        super(ClientCommand.class);
    }

    /**
     * Encodes a command into a new buffer, without checking limits.
     *
     * @param command the command
     * @param alloc the allocator
     * @return the payload, owned by the caller
     */
    public static ByteBuf encode(ClientCommand command, ByteBufAllocator alloc) {
        return PayloadWriter.write(alloc, CommandFields.of(command), CommandFields.sip(command));
    }

    /**
     * Encodes a command into a byte array, without checking limits.
     *
     * @param command the command
     * @return the payload bytes (without length prefix)
     */
    public static byte[] encode(ClientCommand command) {
        return PayloadWriter.toBytes(CommandFields.of(command), CommandFields.sip(command));
    }

    @Override
    ByteBuf toPayload(ByteBufAllocator alloc, ClientCommand command) {
        List<String> fields = CommandFields.of(command);
        byte[] sip = CommandFields.sip(command);
        WireLimits.check(command, fields, sip);
        return PayloadWriter.write(alloc, fields, sip);
    }
}
