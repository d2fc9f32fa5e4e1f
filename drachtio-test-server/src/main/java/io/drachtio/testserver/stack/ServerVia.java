package io.drachtio.testserver.stack;

/**
 * The Via header value drachtio-server's stack writes on requests it sends (§8.3): the port is
 * always present; over UDP {@code rport} comes before {@code branch}; the recorded TCP Via has no
 * {@code rport}.
 */
public final class ServerVia {

    private ServerVia() {
    }

    /**
     * Builds the value.
     *
     * @param local  the server's SIP address for the transport used
     * @param branch the branch parameter value
     * @return e.g. {@code SIP/2.0/UDP 127.0.0.1:5060;rport;branch=z9hG4bKQa9UZt9UKpBBj}
     */
    public static String of(SipEndpoint local, String branch) {
        return local.viaProtocol() + " " + local.hostPort() + (local.isUdp() ? ";rport" : "") + ";branch=" + branch;
    }
}
