package io.drachtio.wire;

import io.netty.buffer.ByteBufUtil;
import java.util.List;

/**
 * Limits of the drachtio wire protocol, and the check that refuses, before anything is sent, a
 * command that the real drachtio-server (v0.9.10) would mangle, truncate or crash on (protocol
 * reference §3.3 and §5.7).
 *
 * <p>The payload bound is {@value #MAX_COMMAND_PAYLOAD_BYTES} bytes: the server reads into a fixed
 * 12 228-byte ring buffer and silently overwrites the oldest bytes when a frame does not fit. A
 * frame of at most 12 000 payload bytes plus at most 6 prefix bytes leaves more than 200 bytes of
 * that buffer for the start of the next frame. It also keeps the length prefix within the server's
 * {@value #MAX_LENGTH_PREFIX_DIGITS} digits.
 */
public final class WireLimits {

    /** Default maximum payload length accepted by a {@link FrameDecoder}: 1 MiB. */
    public static final int DEFAULT_MAX_FRAME_LENGTH = 1 << 20;

    /** Largest command payload sent to the server, in bytes (see the class description). */
    public static final int MAX_COMMAND_PAYLOAD_BYTES = 12_000;

    /** Most digits the server accepts in a length prefix; implied by {@link #MAX_COMMAND_PAYLOAD_BYTES}. */
    public static final int MAX_LENGTH_PREFIX_DIGITS = 5;

    /** Longest message id the server keeps whole, in bytes. */
    public static final int MAX_MESSAGE_ID_BYTES = 127;

    /** Longest dialog id the server keeps whole, in bytes. */
    public static final int MAX_DIALOG_ID_BYTES = 1024;

    /** Longest SIP start line of a {@code sip} command, in bytes (without CR LF). */
    public static final int MAX_START_LINE_BYTES = 512;

    /** Longest SIP header block of a {@code sip} command, in bytes (after the start line, before the empty line). */
    public static final int MAX_SIP_HEADER_BLOCK_BYTES = 8_400;

    /** Longest header block of a {@code proxy} command, in bytes. */
    public static final int MAX_PROXY_HEADER_BLOCK_BYTES = 1_023;

    /** Most destinations of a {@code proxy} command; more corrupt the server's memory. */
    public static final int MAX_PROXY_DESTINATIONS = 10;

    /** Longest {@code proxy} destination, in bytes. */
    public static final int MAX_PROXY_DESTINATION_BYTES = 255;

    /** Longest {@code proxy} timeout field, in bytes. */
    public static final int MAX_PROXY_TIMEOUT_BYTES = 15;

    private static final int FIRST_DESTINATION = 9;

    private WireLimits() {
    }

    /**
     * Refuses a command the real server would mangle. Checked, in this order: no first-line field
     * contains {@code |}, CR or LF; the message id is 1–127 bytes; the payload is at most
     * {@value #MAX_COMMAND_PAYLOAD_BYTES} bytes; and per command: {@code authenticate} has a
     * non-empty secret and no tag with {@code ,}; {@code route}/{@code remove_route} have a
     * non-empty verb; {@code sip} has a dialog id of at most 1024 bytes, a start line of at most 512
     * and a header block of at most 8 400 bytes, a transaction id when it carries a response, and
     * no transaction id without dialog id when it carries a request other than CANCEL;
     * {@code proxy} has 1–10 non-empty destinations of at most 255 bytes, timeouts of at most 15
     * bytes and a header block of at most 1 023 bytes.
     *
     * @param command the command about to be sent
     * @throws WireLimitExceededException naming the limit and the actual value (never the secret)
     */
    public static void check(ClientCommand command) {
        List<String> fields = CommandFields.of(command);
        byte[] sip = CommandFields.sip(command);
        check(command, fields, sip, PayloadWriter.size(fields, sip));
    }

    /**
     * Checks a command whose fields and SIP part are already laid out and measured.
     *
     * @param command the command
     * @param fields its first-line fields
     * @param sip its SIP part
     * @param payloadSize the payload size in bytes, as {@link PayloadWriter#measure} gives it
     */
    static void check(ClientCommand command, List<String> fields, byte[] sip, int payloadSize) {
        Checker checker = new Checker(fields);
        checker.fieldSyntax();
        checker.range("message id", utf8(command.id()), 1, MAX_MESSAGE_ID_BYTES);
        checker.atMost("payload length", payloadSize, MAX_COMMAND_PAYLOAD_BYTES);
        if (command instanceof Authenticate a) {
            checker.authenticate(a);
        } else if (command instanceof Route r) {
            checker.require(!r.verb().isEmpty(), "verb", "a route command needs a verb");
        } else if (command instanceof RemoveRoute r) {
            checker.require(!r.verb().isEmpty(), "verb", "a remove_route command needs a verb");
        } else if (command instanceof SipCommand s) {
            checker.sip(s);
        } else if (command instanceof ProxyCommand p) {
            checker.proxy(p);
        }
    }

    private static boolean isPresent(String text) {
        return text != null && !text.isEmpty();
    }

    private static int utf8(String text) {
        return text == null ? 0 : ByteBufUtil.utf8Bytes(text);
    }

    /** Applies the checks to one command and builds the exceptions. */
    private static final class Checker {

        private final List<String> fields;

        Checker(List<String> fields) {
            this.fields = fields;
        }

        void fieldSyntax() {
            for (int i = 0; i < fields.size(); i++) {
                int at = FieldSyntax.indexOfForbidden(fields.get(i));
                if (at >= 0) {
                    throw violation("field syntax", "field " + i + " of the " + fields.get(1) + " command contains "
                            + describe(fields.get(i).charAt(at)) + " at index " + at
                            + "; fields cannot carry '|', CR or LF");
                }
            }
        }

        void authenticate(Authenticate command) {
            require(!command.secret().isEmpty(), "secret", "the authenticate secret is empty");
            for (int i = 0; i < command.tags().size(); i++) {
                require(command.tags().get(i).indexOf(',') < 0, "tag",
                        "tag " + i + " contains ','; tags are comma-separated");
            }
        }

        void sip(SipCommand command) {
            atMost("dialog id", utf8(command.dialogId()), MAX_DIALOG_ID_BYTES);
            SipPartLayout layout = SipPartLayout.of(command.sip());
            atMost("SIP start line", layout.startLineLength(), MAX_START_LINE_BYTES);
            atMost("SIP header block", layout.headerBlockLength(), MAX_SIP_HEADER_BLOCK_BYTES);
            boolean hasTransaction = isPresent(command.transactionId());
            boolean hasDialog = isPresent(command.dialogId());
            if (layout.isResponse()) {
                require(hasTransaction, "transaction id", "a SIP response needs the transaction id of the request"
                        + " it answers (the server closes the connection)");
            } else {
                require(!hasTransaction || hasDialog || layout.isCancel(), "transaction id", "a request other than"
                        + " CANCEL must not carry a transaction id without a dialog id (the server aborts)");
            }
        }

        void proxy(ProxyCommand command) {
            List<String> destinations = command.destinations();
            count("proxy destinations", destinations.size(), 1, MAX_PROXY_DESTINATIONS);
            for (int i = 0; i < destinations.size(); i++) {
                range("proxy destination", "field " + (FIRST_DESTINATION + i) + " (destination " + (i + 1) + ")",
                        utf8(destinations.get(i)), 1, MAX_PROXY_DESTINATION_BYTES);
            }
            atMost("proxy provisional timeout", utf8(command.provisionalTimeout()), MAX_PROXY_TIMEOUT_BYTES);
            atMost("proxy final timeout", utf8(command.finalTimeout()), MAX_PROXY_TIMEOUT_BYTES);
            int headerBlock = SipPartLayout.of(command.sip()).headerBlockLength();
            atMost("proxy header block", headerBlock, MAX_PROXY_HEADER_BLOCK_BYTES);
        }

        void require(boolean condition, String limit, String reason) {
            if (!condition) {
                throw violation(limit, reason);
            }
        }

        void atMost(String limit, int actual, int max) {
            if (actual > max) {
                throw violation(limit, limit + " is " + actual + " bytes, the limit is " + max + " bytes");
            }
        }

        void range(String limit, int actual, int min, int max) {
            range(limit, limit, actual, min, max);
        }

        void range(String limit, String what, int actual, int min, int max) {
            if (actual < min || actual > max) {
                throw violation(limit, what + " is " + actual + " bytes, allowed are " + min + " to " + max + " bytes");
            }
        }

        void count(String limit, int actual, int min, int max) {
            if (actual < min || actual > max) {
                throw violation(limit, limit + ": " + actual + " given, allowed are " + min + " to " + max);
            }
        }

        private WireLimitExceededException violation(String limit, String reason) {
            return new WireLimitExceededException(limit, reason, FrameText.excerpt(fields));
        }

        private static String describe(char c) {
            return c == '|' ? "'|'" : c == '\r' ? "CR" : "LF";
        }
    }
}
