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

    /**
     * Checks a command against {@link WireLimits#check(ClientCommand)} and encodes it, laying out and
     * measuring its fields once for both. The client's session encodes its commands this way before it
     * writes them (so a refused command is never registered nor written), and writes the payload.
     *
     * @param command the command
     * @param alloc the allocator
     * @return the payload, owned by the caller
     * @throws WireLimitExceededException when the command breaks a limit (nothing is allocated then)
     */
    public static ByteBuf encodeChecked(ClientCommand command, ByteBufAllocator alloc) {
        List<String> fields = CommandFields.of(command);
        byte[] sip = CommandFields.sip(command);
        int[] fieldLengths = new int[fields.size()];
        int size = PayloadWriter.measure(fields, sip, fieldLengths);
        WireLimits.check(command, fields, sip, size);
        return PayloadWriter.write(alloc, fields, fieldLengths, size, sip);
    }

    @Override
    ByteBuf toPayload(ByteBufAllocator alloc, ClientCommand command) {
        return encodeChecked(command, alloc);
    }
}
