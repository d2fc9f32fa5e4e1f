package io.drachtio.client.internal;

import io.drachtio.client.CommandFailedException;
import io.drachtio.wire.Reply;

/**
 * Turns the single reply of a command into its result. Runs on the session's event loop, so it may
 * update session state (for example register the transaction id of a request that was sent).
 *
 * @param <T> the result type
 */
@FunctionalInterface
interface ReplyMapper<T> {

    /**
     * @param reply an {@code OK} reply
     * @return the result; an exception thrown here fails the command
     */
    T ok(Reply reply);

    /**
     * @param reply      a {@code NO}/{@code NOK} (or other non-OK) reply
     * @param connection the connection's name
     * @param command    the command name
     * @return the error the caller sees; by default {@link CommandFailedException} with the server's text
     */
    default RuntimeException failed(Reply reply, String connection, String command) {
        return new CommandFailedException(connection, command, reply.failureText());
    }

    /**
     * Called on the event loop right before the command is written (after it passed the wire limits
     * and only while the connection is open). Not called when the command is refused.
     */
    default void beforeWrite() {
    }

    /**
     * Called after the command failed in any way (refused, timed out, connection lost), before the
     * caller sees the error.
     *
     * @param error the error the caller sees
     */
    default void afterFailure(Throwable error) {
    }
}
