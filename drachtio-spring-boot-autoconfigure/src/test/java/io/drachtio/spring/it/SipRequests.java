package io.drachtio.spring.it;

/** Realistic SIP request text for the end-to-end tests. */
final class SipRequests {

    private SipRequests() {
    }

    /**
     * @param method  the method
     * @param user    the user part of the Request-URI (selects the handler in the tests)
     * @param callId  the Call-ID
     * @param headers extra header lines, each {@code Name: value}
     * @return the request, with a body {@code hello} when the method is MESSAGE
     */
    static String request(String method, String user, String callId, String... headers) {
        String body = method.equals("MESSAGE") ? "hello" : "";
        StringBuilder sip = new StringBuilder()
                .append(method).append(" sip:").append(user).append("@127.0.0.1:5060 SIP/2.0\r\n")
                .append("Via: SIP/2.0/UDP 10.0.0.7:5062;branch=z9hG4bK-").append(callId.hashCode() & 0xffff)
                .append(";rport=5062\r\n")
                .append("Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-first\r\n")
                .append("Max-Forwards: 70\r\n")
                .append("From: \"Alice\" <sip:alice@example.com>;tag=a73kszlfl\r\n")
                .append("To: <sip:").append(user).append("@example.com>\r\n")
                .append("Call-ID: ").append(callId).append("\r\n")
                .append("CSeq: 7 ").append(method).append("\r\n")
                .append("Contact: <sip:alice@10.0.0.7:5062>\r\n");
        for (String header : headers) {
            sip.append(header).append("\r\n");
        }
        if (!body.isEmpty()) {
            sip.append("Content-Type: text/plain\r\n");
        }
        return sip.append("Content-Length: ").append(body.length()).append("\r\n\r\n").append(body).toString();
    }
}
