package io.drachtio.spring.endtoend;

import io.drachtio.sip.SipResponse;
import io.drachtio.testserver.DrachtioTestServer;
import io.drachtio.testserver.NetworkRequest;

/** The tests' side of the SIP network: requests from a caller to the application under test. */
final class Network {

    private Network() {
    }

    /**
     * @param server the test server
     * @param method the method
     * @param user   the Request-URI user (it selects the handler)
     * @return a request to {@code sip:<user>@<server's SIP address>}, to complete and send
     */
    static NetworkRequest request(DrachtioTestServer server, String method, String user) {
        return server.request(method, "sip:" + user + "@" + server.sipHost() + ":" + server.sipPort());
    }

    /**
     * Sends a request and waits for its final response.
     *
     * @param server  the test server
     * @param method  the method
     * @param user    the Request-URI user
     * @param headers extra headers as name, value, name, value …
     * @return the final response
     */
    static SipResponse answer(DrachtioTestServer server, String method, String user, String... headers) {
        NetworkRequest request = request(server, method, user);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.send().awaitFinalResponse();
    }
}
