package io.drachtio.client.internal;

import io.drachtio.wire.Reply;

/**
 * Receives the server's replies to one command. Called on the session's event loop.
 */
interface ReplyListener {

    /**
     * @param reply a reply whose field 2 is this command's id
     * @return {@code true} when the command is finished (everything but a proxy {@code continue})
     */
    boolean onReply(Reply reply);

    /** The command was written to the socket. */
    default void written() {
    }

    /**
     * The command ended without a (final) reply: timeout, connection loss, write failure.
     *
     * @param error what happened
     */
    void onFailure(Throwable error);
}
