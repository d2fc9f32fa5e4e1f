package io.drachtio.spring.test;

import io.drachtio.client.CdrRecord;
import io.drachtio.client.IncomingRequest;
import io.drachtio.testserver.AppConnection;
import io.drachtio.testserver.AppRequest;
import io.drachtio.testserver.DrachtioTestServer;
import io.drachtio.testserver.NetworkRequest;
import io.drachtio.testserver.NetworkTransaction;
import io.drachtio.testserver.ProxyOperation;
import io.drachtio.testserver.ProxyTarget;
import io.drachtio.testserver.TestClock;
import io.drachtio.wire.CdrKind;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The test's side of the SIP network around the application under test, injectable into tests
 * annotated with {@link AutoConfigureDrachtioTestServer} or {@link DrachtioTest}. It is a facade over
 * the context's {@link DrachtioTestServer} ({@link #server()} gives the whole API) plus what only the
 * kit knows: whether the application is connected and routed, and the CDRs and unsolicited requests
 * it received.
 *
 * <pre>{@code
 * NetworkTransaction call = sip.invite("sip:1000@127.0.0.1").send();    // a caller on the network
 * assertThat(call.awaitFinalResponse()).hasStatus(200).hasHeader("Content-Type", "application/sdp");
 * call.sendAck();
 * assertThat(call.sendBye().awaitFinalResponse()).hasStatus(200);
 *
 * AppRequest options = sip.awaitRequest("OPTIONS");                   // a request the application sent
 * options.respond(200);
 * }</pre>
 *
 * <p>Every {@code await…} waits at most the await timeout of
 * {@link AutoConfigureDrachtioTestServer#awaitTimeout()} and then fails with an {@link AssertionError}
 * saying what it waited for and what arrived instead.
 */
public final class SipTestClient {

    private final DrachtioTestServer server;
    private final ApplicationReadiness readiness;
    private final ReceivedEvents received;

    SipTestClient(DrachtioTestServer server, ApplicationReadiness readiness, ReceivedEvents received) {
        this.server = server;
        this.readiness = readiness;
        this.received = received;
    }

    /**
     * Returns the test server the application is connected to.
     *
     * @return the server, for everything the facade does not offer
     */
    public DrachtioTestServer server() {
        return server;
    }

    // ---------------------------------------------------------------- the network calls the application

    /**
     * Starts a request from a caller on the network to the application.
     *
     * @param method     the method, e.g. {@code OPTIONS}
     * @param requestUri the Request-URI
     * @return the request builder; {@link NetworkRequest#send()} sends it
     */
    public NetworkRequest request(String method, String requestUri) {
        return server.request(method, requestUri);
    }

    /**
     * Starts an INVITE with the default SDP offer ({@link NetworkRequest#DEFAULT_SDP}).
     *
     * @param requestUri the Request-URI
     * @return the request builder; {@link NetworkRequest#send()} sends it
     */
    public NetworkRequest invite(String requestUri) {
        return server.request("INVITE", requestUri).sdp();
    }

    /**
     * Sends a request from the network given as the text that would arrive on the wire.
     *
     * @param request the complete request
     * @return the transaction, to await the responses and send ACK, CANCEL, PRACK or BYE
     */
    public NetworkTransaction send(String request) {
        return server.sendRequest(request);
    }

    // ---------------------------------------------------------------- the application calls the network

    /**
     * Waits for the next request with a given method that the application sent to the network; the
     * test answers it as the far end (responses, challenges) and checks its credentials.
     *
     * @param method the method, e.g. {@code INVITE}
     * @return the request
     * @throws AssertionError when none arrives within the await timeout
     */
    public AppRequest awaitRequest(String method) {
        return server.awaitAppRequest(method);
    }

    /**
     * Scripts what a proxy destination answers when the application proxies a request to it.
     *
     * @param destination the destination exactly as the application names it, e.g. {@code sip:b@127.0.0.1:5172}
     * @return the script, to add answers to (immediate, or after a delay on the {@link #clock() test clock})
     */
    public ProxyTarget proxyTarget(String destination) {
        return server.proxyTarget(destination);
    }

    /**
     * Waits for the next proxy operation the application started.
     *
     * @return the operation: the command, the forwarded requests, the targets' responses, the outcome
     * @throws AssertionError when none starts within the await timeout
     */
    public ProxyOperation awaitProxy() {
        return server.awaitProxy();
    }

    // ---------------------------------------------------------------- time

    /**
     * Returns the clock the server's SIP timers run on (the 32 s ACK timeout, delayed proxy answers).
     *
     * @return the test clock; time moves only when the test advances it
     */
    public TestClock clock() {
        return server.clock();
    }

    /**
     * Moves the test clock forward, running the server's timers that fall due (e.g. the BYE the server
     * sends when a 2xx was not ACKed within 32 s).
     *
     * @param amount how far
     */
    public void advanceClock(Duration amount) {
        server.clock().advance(amount);
    }

    // ---------------------------------------------------------------- what the application received

    /**
     * Waits for the next CDR of a kind that the application received. The application receives the
     * kinds it listens for ({@code DrachtioCdrEvent} listeners) or that {@code drachtio.cdr.kinds} names.
     *
     * @param kind attempt, start or stop
     * @return the record
     * @throws AssertionError when none arrives within the await timeout
     */
    public CdrRecord awaitCdr(CdrKind kind) {
        return awaitCdr("a " + kind.wireName() + " record", record -> record.kind() == kind);
    }

    /**
     * Waits for the next CDR of a kind about one call that the application received (records of other
     * calls stay available, e.g. a late one of a call an earlier test left).
     *
     * @param kind   attempt, start or stop
     * @param callId the Call-ID of the SIP message the record carries
     * @return the record
     * @throws AssertionError when none arrives within the await timeout
     */
    public CdrRecord awaitCdr(CdrKind kind, String callId) {
        return awaitCdr("a " + kind.wireName() + " record of call " + callId,
                record -> record.kind() == kind && callId.equals(record.message().callId()));
    }

    private CdrRecord awaitCdr(String what, Predicate<CdrRecord> condition) {
        List<String> routes = server.connections().stream().filter(AppConnection::isOpen)
                .flatMap(connection -> connection.routes().stream()).toList();
        return received.cdrs().take(what + " (the application routes " + routes + ")", condition, received.timeout());
    }

    /**
     * Returns every CDR the application received since the test started.
     *
     * @return the records, oldest first; empty when none
     */
    public List<CdrRecord> cdrs() {
        return received.cdrs().history();
    }

    /**
     * Waits for the next unsolicited request with a given method that the application received (a
     * request the server generated, e.g. its BYE after an ACK timeout).
     *
     * @param method the method, e.g. {@code BYE}
     * @return the request as the application received it
     * @throws AssertionError when none arrives within the await timeout
     */
    public IncomingRequest awaitUnsolicitedRequest(String method) {
        String upper = method.toUpperCase(Locale.ROOT);
        return received.unsolicited().take("an unsolicited " + upper, request -> request.method().equals(upper),
                received.timeout());
    }

    /**
     * Returns every unsolicited request the application received since the test started.
     *
     * @return the requests, oldest first; empty when none
     */
    public List<IncomingRequest> unsolicitedRequests() {
        return received.unsolicited().history();
    }

    // ---------------------------------------------------------------- the connection

    /**
     * Drops the application's connections from the server side; the application reconnects on its
     * own (use {@link #awaitReady()} to wait for it).
     */
    public void dropConnection() {
        server.dropAllConnections();
    }

    /**
     * Waits until the application is connected to the server and has registered its routes — at the
     * start of every test (the kit does that), and after a {@link #dropConnection() dropped}
     * connection or a server {@link DrachtioTestServer#restart() restart}.
     *
     * @return this client
     * @throws AssertionError when the application is not ready within the await timeout; the message
     *                        lists the connections as the application and the server see them
     */
    public SipTestClient awaitReady() {
        readiness.await();
        return this;
    }

    /**
     * Brings the simulated network back to a clean state: the server forgets calls, dialogs,
     * transactions, proxy scripts and pending timers, listens and answers pings again, and the
     * recorded CDRs and unsolicited requests are cleared. The kit calls it before every test method.
     */
    public void reset() {
        server.reset();
        received.clear();
    }

    /**
     * Tells whether the application is expected to connect (it has a running drachtio client).
     *
     * @return {@code false} with {@code drachtio.enabled=false} or a client not started yet
     */
    boolean expectsConnection() {
        return readiness.isExpected();
    }

    @Override
    public String toString() {
        return "SipTestClient[" + server + "]";
    }
}
