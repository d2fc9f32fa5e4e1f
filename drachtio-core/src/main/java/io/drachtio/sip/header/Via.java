package io.drachtio.sip.header;

import io.drachtio.sip.SipParseException;
import io.drachtio.sip.internal.AsciiRuns;
import io.drachtio.sip.internal.CharClasses;
import io.drachtio.sip.internal.GenericParameters;
import io.drachtio.sip.internal.KnownTokens;
import io.drachtio.sip.internal.ParameterMap;
import io.drachtio.sip.internal.ValueBytes;
import io.drachtio.sip.internal.ValueCursor;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One Via value (RFC 3261 §20.42): {@code SIP/2.0/UDP host:port;branch=…;received=…;rport}.
 * Whitespace around {@code /}, {@code :}, {@code ;} and {@code =} is accepted. Immutable.
 *
 * <p>The whole value is checked when it is parsed, but the host and the parameters are decoded
 * only when first read (reading the {@code branch} decodes that parameter alone), so a Via keeps a
 * reference to the bytes it was parsed from. The top Via of a message, read from the message's
 * bytes, goes through a one-pass reader when it is spelled the usual way
 * ({@code SIP/2.0/UDP host:port;branch=…}) and through the general one otherwise, with the same result.
 */
public final class Via {

    private static final String WHAT = "Via";
    private static final String SIP_2_0 = "SIP/2.0";
    /** {@code SIP/2.0/} read as one little-endian long. */
    private static final long SIP_2_0_SLASH = 0x2F302E322F504953L;
    private static final int SIP_2_0_SLASH_LENGTH = 8;
    /** {@code UDP }, {@code TCP } and {@code TLS } read as little-endian ints. */
    private static final int UDP_SPACE = 0x20504455;
    private static final int TCP_SPACE = 0x20504354;
    private static final int TLS_SPACE = 0x20534C54;
    /** {@code SIP/2.0/UDP }: where the host starts in the usual spelling. */
    private static final int USUAL_PREFIX_LENGTH = SIP_2_0_SLASH_LENGTH + 4;
    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FOUR_BYTES = MethodHandles.byteArrayViewVarHandle(int[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final KnownTokens PROTOCOLS = new KnownTokens(SIP_2_0);
    private static final KnownTokens TRANSPORTS = new KnownTokens("UDP", "TCP", "TLS", "SCTP", "WS", "WSS");

    private final String protocol;
    private final String transport;
    private final ValueBytes value;
    private final int hostStart;
    private final int hostEnd;
    private final int port;
    private final int[] parameterPositions;
    /** Which parameter is the first {@code branch}, -1 for none. */
    private final int branchIndex;
    private String host;
    private String branch;
    private ParameterMap parameters;

    private Via(String protocol, String transport, ValueBytes value, int hostStart, int hostEnd, int port,
                int[] parameterPositions, int branchIndex) {
        this.protocol = protocol;
        this.transport = transport;
        this.value = value;
        this.hostStart = hostStart;
        this.hostEnd = hostEnd;
        this.port = port;
        this.parameterPositions = parameterPositions;
        this.branchIndex = branchIndex;
    }

    /**
     * Parses one Via value.
     *
     * @param value the value, such as {@code SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK776}
     * @return the parsed value
     * @throws SipParseException if the value is malformed or holds more than one Via
     */
    public static Via parse(String value) {
        ValueCursor cursor = new ValueCursor(WHAT, value);
        Via via = read(cursor);
        cursor.expectEnd();
        return via;
    }

    /**
     * Parses the first value of a Via header line and ignores the values after it (the top Via
     * of a message, read without parsing the others).
     *
     * @param value the header value
     * @return the first value
     * @throws SipParseException if the first value is malformed
     */
    public static Via parseFirst(String value) {
        return first(new ValueCursor(WHAT, value));
    }

    /**
     * Parses the first value of a Via header line from its UTF-8 bytes, read in place: nothing
     * but the parts kept (host, parameter values) is decoded; see {@link #parseFirst(String)}.
     *
     * @param utf8 the array holding the header value
     * @param offset where the value starts
     * @param length its length in bytes
     * @return the first value
     * @throws SipParseException if the first value is malformed (positions count characters)
     * @throws IndexOutOfBoundsException if the range is not inside the array
     */
    public static Via parseFirst(byte[] utf8, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, utf8.length);
        Via usual = readUsualSpelling(utf8, offset, offset + length);
        return usual != null ? usual : first(new ValueCursor(WHAT, utf8, offset, length));
    }

    /**
     * Reads the first value in one pass when it is spelled the usual way: {@code SIP/2.0/}, a
     * known transport, one space, a host name or IPv4 address, an optional port, compact
     * parameters (see {@link GenericParameters#scanCompact}), then the end or a comma. Gives what
     * {@link #read} gives for such a value.
     *
     * @return the value, or {@code null} for any other spelling (which {@link #read} then checks)
     */
    private static Via readUsualSpelling(byte[] bytes, int start, int end) {
        if (end - start < USUAL_PREFIX_LENGTH + 1 || (long) EIGHT_BYTES.get(bytes, start) != SIP_2_0_SLASH) {
            return null;
        }
        String transport = usualTransport((int) FOUR_BYTES.get(bytes, start + SIP_2_0_SLASH_LENGTH));
        if (transport == null) {
            return null;
        }
        int hostStart = start + USUAL_PREFIX_LENGTH;
        int hostEnd = AsciiRuns.skipHost(bytes, hostStart, end);
        if (hostEnd == hostStart) {
            return null;
        }
        int i = hostEnd;
        int port = -1;
        if (i < end && bytes[i] == ':') {
            int digitsStart = ++i;
            port = 0;
            while (i < end && i - digitsStart < 5 && CharClasses.isDigit(bytes[i])) {
                port = port * 10 + bytes[i++] - '0';
            }
            if (i == digitsStart || port > 65535) {
                return null;
            }
        }
        ValueBytes value = new ValueBytes(bytes, start, end - start);
        int[] parameterPositions = GenericParameters.scanCompact(value, i - start);
        if (parameterPositions == null) {
            return null;
        }
        int rport = GenericParameters.indexOf(value, parameterPositions, "rport");
        if (rport >= 0 && !GenericParameters.isFlag(parameterPositions, rport)
                && GenericParameters.numberValue(value, parameterPositions, rport, 65535) < 0) {
            return null;
        }
        return new Via(SIP_2_0, transport, value, hostStart - start, hostEnd - start, port, parameterPositions,
                GenericParameters.indexOf(value, parameterPositions, "branch"));
    }

    private static String usualTransport(int fourBytes) {
        if (fourBytes == UDP_SPACE) {
            return "UDP";
        }
        if (fourBytes == TCP_SPACE) {
            return "TCP";
        }
        return fourBytes == TLS_SPACE ? "TLS" : null;
    }

    private static Via first(ValueCursor cursor) {
        Via via = read(cursor);
        cursor.skipWhitespace();
        if (!cursor.atEnd() && cursor.peek() != ',') {
            throw cursor.unexpectedCharacter();
        }
        return via;
    }

    /**
     * Parses a comma-separated list of Via values.
     *
     * @param value the header value
     * @return the values in order, at least one
     * @throws SipParseException if the value is malformed
     */
    public static List<Via> parseList(String value) {
        return list(new ValueCursor(WHAT, value));
    }

    /**
     * Parses a comma-separated list of Via values from their UTF-8 bytes, read in place; see
     * {@link #parseList(String)}.
     *
     * @param utf8 the array holding the header value
     * @param offset where the value starts
     * @param length its length in bytes
     * @return the values in order, at least one
     * @throws SipParseException if the value is malformed (positions count characters)
     * @throws IndexOutOfBoundsException if the range is not inside the array
     */
    public static List<Via> parseList(byte[] utf8, int offset, int length) {
        return list(new ValueCursor(WHAT, utf8, offset, length));
    }

    private static List<Via> list(ValueCursor cursor) {
        List<Via> list = new ArrayList<>(2);
        do {
            list.add(read(cursor));
        } while (cursor.consumeSeparator(','));
        cursor.expectEnd();
        return list;
    }

    /**
     * Reads one Via value at the cursor.
     *
     * @param cursor positioned at the value
     * @return the value; the cursor stands after its parameters
     */
    private static Via read(ValueCursor cursor) {
        cursor.skipWhitespace();
        int nameStart = cursor.skipToken("protocol name expected");
        int nameEnd = cursor.position();
        if (!cursor.consumeSeparator('/')) {
            throw cursor.error("'/' expected after protocol name");
        }
        int versionStart = cursor.skipToken("protocol version expected");
        int versionEnd = cursor.position();
        String protocol = versionStart != nameEnd + 1
                ? cursor.substring(nameStart, nameEnd) + '/' + cursor.substring(versionStart, versionEnd)
                : cursor.text(nameStart, versionEnd, PROTOCOLS);
        if (!cursor.consumeSeparator('/')) {
            throw cursor.error("'/' expected after protocol version");
        }
        String transport = cursor.token("transport expected", TRANSPORTS);
        if (!cursor.skipWhitespace()) {
            throw cursor.error("whitespace expected before sent-by");
        }
        int hostStart = cursor.skipHost();
        int hostEnd = cursor.position();
        int port = -1;
        if (cursor.consumeSeparator(':')) {
            port = (int) cursor.number("port", 65535);
        }
        int[] parameterPositions = GenericParameters.scan(cursor);
        int rport = GenericParameters.indexOf(cursor, parameterPositions, "rport");
        if (rport >= 0 && !GenericParameters.isFlag(parameterPositions, rport)) {
            String value = GenericParameters.value(cursor, parameterPositions, rport);
            if (!value.isEmpty()) {
                checkPort(value, cursor);
            }
        }
        // the cursor is kept only as the bytes it reads: nothing moves it once the Via is made
        return new Via(protocol, transport, cursor, hostStart, hostEnd, port, parameterPositions,
                GenericParameters.indexOf(cursor, parameterPositions, "branch"));
    }

    private static void checkPort(String rport, ValueCursor cursor) {
        ValueCursor value = new ValueCursor(WHAT, rport);
        value.number("rport", 65535);
        if (!value.atEnd()) {
            throw cursor.error("rport is not a number");
        }
    }

    /**
     * Returns the protocol name and version without whitespace.
     *
     * @return for example {@code SIP/2.0}
     */
    public String protocol() {
        return protocol;
    }

    /**
     * Returns the transport as written.
     *
     * @return for example {@code UDP}, {@code TCP}, {@code TLS}, {@code WSS}
     */
    public String transport() {
        return transport;
    }

    /**
     * Returns the sent-by host (IPv6 references with brackets).
     *
     * @return the host
     */
    public String host() {
        String decoded = host;
        if (decoded == null) {
            decoded = value.text(hostStart, hostEnd);
            host = decoded;
        }
        return decoded;
    }

    /**
     * Returns the sent-by port.
     *
     * @return the port, or -1 when absent
     */
    public int port() {
        return port;
    }

    /**
     * Returns the {@code branch} parameter.
     *
     * @return the branch, or {@code null} when absent
     */
    public String branch() {
        String decoded = branch;
        if (decoded == null && branchIndex >= 0) {
            decoded = GenericParameters.value(value, parameterPositions, branchIndex);
            branch = decoded;
        }
        return decoded;
    }

    /**
     * Returns the {@code received} parameter.
     *
     * @return the address, or {@code null} when absent
     */
    public String received() {
        return asciiParameter("received");
    }

    /**
     * Tells whether the {@code rport} parameter is present, with or without a value.
     *
     * @return {@code true} if present
     */
    public boolean hasRport() {
        return GenericParameters.indexOf(value, parameterPositions, "rport") >= 0;
    }

    /**
     * Returns the value of the {@code rport} parameter.
     *
     * @return the port, or {@code null} when absent or present without a value
     */
    public Integer rport() {
        String rport = asciiParameter("rport");
        return rport == null || rport.isEmpty() ? null : Integer.valueOf(rport);
    }

    /**
     * Returns all parameters in order; keys are looked up case-insensitively, flags map to "".
     *
     * @return the parameters, possibly empty
     */
    public Map<String, String> parameters() {
        return parameterMap();
    }

    private ParameterMap parameterMap() {
        ParameterMap decoded = parameters;
        if (decoded == null) {
            decoded = GenericParameters.toMap(value, parameterPositions);
            parameters = decoded;
        }
        return decoded;
    }

    /**
     * Returns one parameter (name compared case-insensitively).
     *
     * @param name the parameter name
     * @return the value ("" for a flag), or {@code null} when absent
     */
    public String parameter(String name) {
        return name != null && isAscii(name) ? asciiParameter(name) : parameterMap().get(name);
    }

    /** Looks an ASCII name up among the scanned parameters, decoding only its value. */
    private String asciiParameter(String name) {
        if (parameters != null) {
            return parameters.get(name);
        }
        int index = GenericParameters.indexOf(value, parameterPositions, name);
        return index < 0 ? null : GenericParameters.value(value, parameterPositions, index);
    }

    private static boolean isAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Renders the value: {@code SIP/2.0/UDP host:port;params}.
     *
     * @return the header value text
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(64).append(protocol).append('/').append(transport).append(' ')
                .append(host());
        if (port >= 0) {
            out.append(':').append(port);
        }
        GenericParameters.write(parameterMap(), out);
        return out.toString();
    }
}
