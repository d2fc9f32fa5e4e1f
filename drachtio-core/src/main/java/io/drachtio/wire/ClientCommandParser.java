package io.drachtio.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;

/**
 * Server side: parses the payload of a client-to-server frame into a {@link ClientCommand}, or
 * rejects it with a {@link CommandRejectedException} that carries the exact {@code NO} reply of the
 * real server (protocol reference §5.7). It reads commands the way the real server does: flag
 * fields of {@code proxy} count only when they hold their exact keyword, fields beyond those a
 * command uses are ignored, and a missing {@code authenticate} tags field means no tags.
 *
 * <p>Empty transaction id, dialog id and timeout fields become {@code null}. A {@code sip}
 * command's route URL is {@code null} only when its field is absent.
 */
public final class ClientCommandParser {

    private static final int PROXY_FIELDS = 10;

    private ClientCommandParser() {
    }

    /**
     * Parses a payload. The buffer's readable bytes are read; its indices and reference count are
     * left unchanged (the caller releases it).
     *
     * @param payload the payload of one frame, without the length prefix
     * @return the command
     * @throws CommandRejectedException when the real server would answer {@code NO} (or when its
     *     behaviour is undefined, see {@link CommandRejectedException}); never another exception
     */
    public static ClientCommand parse(ByteBuf payload) {
        WirePayload split;
        try {
            split = WirePayload.split(payload);
        } catch (DrachtioProtocolException e) {
            throw new CommandRejectedException(WirePayload.leadingField(payload),
                    CommandRejectedException.INVALID_MESSAGE_FORMAT, e.reason(), e.frameExcerpt());
        }
        return new Reading(split).command();
    }

    /**
     * Parses a payload given as bytes.
     *
     * @param payload the payload of one frame, without the length prefix
     * @return the command
     * @throws CommandRejectedException when the real server would answer {@code NO}
     */
    public static ClientCommand parse(byte[] payload) {
        return parse(Unpooled.wrappedBuffer(payload));
    }

    /** Interprets the fields of one payload. */
    private static final class Reading {

        private final List<String> fields;
        private final byte[] sip;
        private final FieldReader reader;

        Reading(WirePayload split) {
            this.fields = split.fields();
            this.sip = split.sip();
            this.reader = new FieldReader(fields);
        }

        ClientCommand command() {
            if (fields.size() < 2) {
                throw reject(fields.get(0), CommandRejectedException.INVALID_MESSAGE_FORMAT, "first line has no '|'");
            }
            String id = fields.get(0);
            return switch (fields.get(1)) {
                case Authenticate.NAME ->
                    new Authenticate(id, required(2, "secret"), FieldSyntax.splitOnComma(reader.text(3)));
                case Route.NAME -> new Route(id, required(2, "verb"));
                case RemoveRoute.NAME -> new RemoveRoute(id, required(2, "verb"));
                case Ping.NAME -> new Ping(id);
                case SipCommand.NAME -> sip(id);
                case ProxyCommand.NAME -> proxy(id);
                default -> throw reject(id, CommandRejectedException.UNKNOWN_MESSAGE_TYPE,
                        "unknown command " + reader.quoted(1));
            };
        }

        private SipCommand sip(String id) {
            required(3, "dialog id");
            String transactionId = reader.textOrNull(2);
            if (transactionId == null && SipPartLayout.of(sip).isResponse()) {
                throw reject(id, CommandRejectedException.TRANSACTION_ID_MISSING,
                        "a SIP response without transaction id");
            }
            String routeUrl = fields.size() > 4 ? fields.get(4) : null;
            return new SipCommand(id, transactionId, reader.textOrNull(3), routeUrl, sip);
        }

        private ProxyCommand proxy(String id) {
            if (fields.size() < PROXY_FIELDS) {
                throw reject(id, CommandRejectedException.INVALID_PROXY_REQUEST,
                        "a proxy command needs at least " + PROXY_FIELDS + " fields but has " + fields.size());
            }
            return new ProxyCommand(id, fields.get(2), reader.is(3, ProxyCommand.REMAIN_IN_DIALOG),
                    reader.is(4, ProxyCommand.FULL_RESPONSE), reader.is(5, ProxyCommand.FOLLOW_REDIRECTS),
                    ForkMode.fromWire(fields.get(6)), reader.textOrNull(7), reader.textOrNull(8),
                    fields.subList(PROXY_FIELDS - 1, fields.size()), sip);
        }

        private String required(int index, String name) {
            if (index >= fields.size()) {
                throw reject(fields.get(0), CommandRejectedException.INVALID_MESSAGE_FORMAT,
                        "the " + fields.get(1) + " command has no field " + index + " (" + name + ")");
            }
            return fields.get(index);
        }

        private CommandRejectedException reject(String replyId, String replyText, String detail) {
            return new CommandRejectedException(replyId, replyText, detail, FrameText.excerpt(fields));
        }
    }
}
