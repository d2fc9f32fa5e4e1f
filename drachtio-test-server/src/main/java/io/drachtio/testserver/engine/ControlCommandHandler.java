package io.drachtio.testserver.engine;

import io.drachtio.wire.ClientCommand;
import io.drachtio.wire.CommandRejectedException;

/**
 * What the control connections' pipelines hand decoded commands to: the emulated server of the test
 * server ({@link ServerEngine}) or the embedded server's control side. Called on the event loop of
 * the connection.
 */
public interface ControlCommandHandler {

    /**
     * Returns the table new connections are registered in.
     *
     * @return the connections
     */
    Connections connections();

    /**
     * Handles one decoded command.
     *
     * @param connection the connection it came on
     * @param command    the command
     */
    void onCommand(ControlConnection connection, ClientCommand command);

    /**
     * Handles a command the real server refuses with {@code NO}: the reply, then closing.
     *
     * @param connection the connection it came on
     * @param rejection  the rejection from the command parser
     */
    void onRejected(ControlConnection connection, CommandRejectedException rejection);
}
