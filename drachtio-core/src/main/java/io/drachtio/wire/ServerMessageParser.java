package io.drachtio.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;

/**
 * Parses the payload of a server-to-client frame into a {@link ServerMessage}. The first line (up
 * to the first CR LF) is split on {@code |} without regular expressions, keeping empty fields, and
 * decoded as strict UTF-8; the SIP part is copied once into a {@code byte[]}.
 *
 * <p>Any malformed input gives a {@link DrachtioProtocolException} naming the frame, never another
 * exception type.
 */
public final class ServerMessageParser {

    private ServerMessageParser() {
    }

    /**
     * Parses a payload. The buffer's readable bytes are read; its indices and reference count are
     * left unchanged (the caller releases it).
     *
     * @param payload the payload of one frame, without the length prefix
     * @return a {@link Reply}, {@link SipEvent}, {@link CdrEvent} or {@link UnknownServerMessage}
     * @throws DrachtioProtocolException when the payload is malformed
     */
    public static ServerMessage parse(ByteBuf payload) {
        WirePayload split = WirePayload.split(payload);
        List<String> fields = split.fields();
        if (fields.size() < 2) {
            throw new DrachtioProtocolException("first line has no '|'", FrameText.excerpt(payload));
        }
        String type = fields.get(1);
        if (Reply.TYPE.equals(type)) {
            return new Reply(fields, split.sip());
        }
        if (SipEvent.TYPE.equals(type)) {
            return new SipEvent(fields, split.sip());
        }
        if (CdrKind.fromWireName(type) != null) {
            return new CdrEvent(fields, split.sip());
        }
        return new UnknownServerMessage(fields, split.sip());
    }

    /**
     * Parses a payload given as bytes.
     *
     * @param payload the payload of one frame, without the length prefix
     * @return the message
     * @throws DrachtioProtocolException when the payload is malformed
     */
    public static ServerMessage parse(byte[] payload) {
        return parse(Unpooled.wrappedBuffer(payload));
    }
}
