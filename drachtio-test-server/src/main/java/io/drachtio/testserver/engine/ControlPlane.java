package io.drachtio.testserver.engine;

import io.drachtio.testserver.stack.SipEndpoint;
import io.drachtio.wire.Reply;
import java.time.Clock;

/**
 * The control-protocol state that does not depend on what the SIP network is: the settings, the
 * frame helper, the control connections, their {@code route} registrations and whether pings are
 * answered. The test server (simulated network) and the embedded server (real SIP stack) each hold
 * one; {@link SessionCommands} and {@link Cdrs} work on it alone.
 */
public final class ControlPlane {

    private final ServerSettings settings;
    private final Frames frames;
    private final Connections connections = new Connections();
    private final RouteTable routes = new RouteTable();
    private volatile boolean answeringPings = true;

    /**
     * Creates the state.
     *
     * @param settings the configuration
     * @param clock    the clock whose time of day goes into meta blocks and CDRs
     */
    public ControlPlane(ServerSettings settings, Clock clock) {
        this.settings = settings;
        this.frames = new Frames(clock);
    }

    /** @return the configuration */
    public ServerSettings settings() {
        return settings;
    }

    /** @return the frame helper */
    public Frames frames() {
        return frames;
    }

    /** @return the control connections */
    public Connections connections() {
        return connections;
    }

    /** @return the route registrations */
    public RouteTable routes() {
        return routes;
    }

    /** @return whether {@code ping} is answered */
    public boolean answeringPings() {
        return answeringPings;
    }

    /**
     * Switches answering {@code ping} on or off (for liveness tests).
     *
     * @param answer {@code false} to leave pings unanswered
     */
    public void answerPings(boolean answer) {
        this.answeringPings = answer;
    }

    /**
     * Returns the address reported in the meta block of a request the server sent (R1,
     * unsolicited BYE): over UDP the server's own SIP address, over TCP the peer's (§4.4).
     *
     * @param farEnd where the request went
     * @return the address to report
     */
    public SipEndpoint reportedAddressOfRequestTo(SipEndpoint farEnd) {
        return farEnd.isUdp() ? settings.sipEndpoint(farEnd.protocol()) : farEnd;
    }

    /**
     * Sends a {@code NOK} reply to a command.
     *
     * @param connection the connection that sent the command
     * @param commandId  the command's id
     * @param text       the failure text
     */
    public void fail(ControlConnection connection, String commandId, String text) {
        connection.send(Reply.failed(frames.nextId(), commandId, text));
    }
}
