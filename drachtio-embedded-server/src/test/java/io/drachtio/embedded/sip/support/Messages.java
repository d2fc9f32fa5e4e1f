package io.drachtio.embedded.sip.support;

import io.drachtio.embedded.sip.transport.ReceivedMessage;
import io.drachtio.embedded.sip.transport.Transport;
import io.drachtio.embedded.sip.transport.ViaStamp;
import io.drachtio.sip.SipMessage;
import io.drachtio.sip.SipMessageParser;
import io.drachtio.sip.SipRequest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Real SIP text for tests, turned into messages as the transport would deliver them. */
public final class Messages {

    /** Where test peers live. */
    public static final InetSocketAddress PEER = new InetSocketAddress("127.0.0.1", 5061);
    /** The address the stack under test pretends to have. */
    public static final InetSocketAddress LOCAL = new InetSocketAddress("127.0.0.1", 5060);

    private Messages() {
    }

    /** Parses CRLF-joined lines strictly and stamps requests as the transport does. */
    public static ReceivedMessage received(Transport transport, String... lines) {
        byte[] bytes = text(lines).getBytes(StandardCharsets.UTF_8);
        SipMessage message = SipMessageParser.parseStrict(bytes);
        if (message instanceof SipRequest request) {
            ViaStamp.stamp(request, PEER);
        }
        return new ReceivedMessage(message, transport, PEER, LOCAL, bytes.length);
    }

    /** Parses CRLF-joined lines leniently, as a TU-supplied request (mandatory headers may be missing). */
    public static SipRequest request(String... lines) {
        return (SipRequest) SipMessageParser.parse(text(lines).getBytes(StandardCharsets.UTF_8));
    }

    /** Joins lines with CRLF and ends the header block. */
    public static String text(String... lines) {
        return String.join("\r\n", lines) + "\r\n\r\n";
    }

    /** An INVITE from the peer with the given branch, no body. */
    public static ReceivedMessage invite(Transport transport, String branch, String... extraHeaders) {
        return received(transport, withExtras(new String[] {
                "INVITE sip:service@127.0.0.1:5060 SIP/2.0",
                "Via: SIP/2.0/" + transport.viaName() + " 127.0.0.1:5061;branch=" + branch,
                "From: \"Alice\" <sip:alice@127.0.0.1:5061>;tag=alice-tag",
                "To: <sip:service@127.0.0.1:5060>",
                "Call-ID: call-" + branch + "@127.0.0.1",
                "CSeq: 1 INVITE",
                "Contact: <sip:alice@127.0.0.1:5061>",
                "Max-Forwards: 70"}, extraHeaders, "Content-Length: 0"));
    }

    /** A non-INVITE request from the peer with the given branch, no body. */
    public static ReceivedMessage nonInvite(Transport transport, String method, String branch, String... extraHeaders) {
        return received(transport, withExtras(new String[] {
                method + " sip:service@127.0.0.1:5060 SIP/2.0",
                "Via: SIP/2.0/" + transport.viaName() + " 127.0.0.1:5061;branch=" + branch,
                "From: <sip:alice@127.0.0.1:5061>;tag=alice-tag",
                "To: <sip:service@127.0.0.1:5060>",
                "Call-ID: call-" + branch + "@127.0.0.1",
                "CSeq: 7 " + method,
                "Max-Forwards: 70"}, extraHeaders, "Content-Length: 0"));
    }

    /** The ACK for a non-2xx to {@link #invite}: same branch, the response's To-tag. */
    public static ReceivedMessage ackForNon2xx(Transport transport, String branch, String toTag) {
        return received(transport,
                "ACK sip:service@127.0.0.1:5060 SIP/2.0",
                "Via: SIP/2.0/" + transport.viaName() + " 127.0.0.1:5061;branch=" + branch,
                "From: \"Alice\" <sip:alice@127.0.0.1:5061>;tag=alice-tag",
                "To: <sip:service@127.0.0.1:5060>;tag=" + toTag,
                "Call-ID: call-" + branch + "@127.0.0.1",
                "CSeq: 1 ACK",
                "Max-Forwards: 70",
                "Content-Length: 0");
    }

    /** A response from the peer to a request the stack sent: Via, From, To, Call-ID and CSeq copied. */
    public static ReceivedMessage responseTo(SipRequest request, int status, String toTag, String... extraHeaders) {
        StringBuilder vias = new StringBuilder();
        for (String via : request.headerValues("Via")) {
            vias.append(vias.length() == 0 ? "" : ", ").append(via);
        }
        String to = request.header("To") + (toTag == null || request.to().tag() != null ? "" : ";tag=" + toTag);
        return received(Transport.UDP, withExtras(new String[] {
                "SIP/2.0 " + status + " " + reason(status),
                "Via: " + vias,
                "From: " + request.header("From"),
                "To: " + to,
                "Call-ID: " + request.callId(),
                "CSeq: " + request.header("CSeq")}, extraHeaders, "Content-Length: 0"));
    }

    private static String reason(int status) {
        return switch (status) {
            case 100 -> "Trying";
            case 180 -> "Ringing";
            case 183 -> "Session Progress";
            case 200 -> "OK";
            case 302 -> "Moved Temporarily";
            case 404 -> "Not Found";
            case 486 -> "Busy Here";
            case 487 -> "Request Terminated";
            case 503 -> "Service Unavailable";
            case 603 -> "Decline";
            default -> "Status";
        };
    }

    private static String[] withExtras(String[] base, String[] extras, String last) {
        String[] all = new String[base.length + extras.length + 1];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extras, 0, all, base.length, extras.length);
        all[all.length - 1] = last;
        return all;
    }
}
