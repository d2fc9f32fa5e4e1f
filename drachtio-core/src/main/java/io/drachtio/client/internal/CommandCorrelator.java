package io.drachtio.client.internal;

import io.drachtio.wire.Reply;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches replies to the commands that are waiting for them, by message id (field 2 of a
 * {@code response}). A command stays registered while its replies say {@code continue}. Confined to
 * the session's event loop: not thread-safe by design.
 */
final class CommandCorrelator {

    private static final Logger LOG = LoggerFactory.getLogger(CommandCorrelator.class);

    /** A command waiting for its reply. */
    private record Pending(String command, ReplyListener listener, ScheduledFuture<?> timeout) {
        void cancelTimeout() {
            if (timeout != null) {
                timeout.cancel(false);
            }
        }
    }

    private final Map<String, Pending> pending = new HashMap<>();

    /**
     * @param id       the command's message id
     * @param command  the command name, for errors
     * @param listener receives the replies
     * @param timeout  the scheduled timeout task, or {@code null} for none
     */
    public void register(String id, String command, ReplyListener listener, ScheduledFuture<?> timeout) {
        pending.put(id, new Pending(command, listener, timeout));
    }

    /**
     * @param reply a reply from the server
     * @return {@code true} when a waiting command took it
     */
    public boolean dispatch(Reply reply) {
        Pending entry = pending.get(reply.commandId());
        if (entry == null) {
            LOG.debug("reply to unknown or expired command {} ignored", reply.commandId());
            return false;
        }
        boolean finished = true;
        try {
            finished = entry.listener().onReply(reply);
        } finally {
            if (finished) {
                pending.remove(reply.commandId());
                entry.cancelTimeout();
            }
        }
        return true;
    }

    /**
     * Ends one command with an error (its timeout elapsed, or it could not be written).
     *
     * @param id    the command's message id
     * @param error the error for its caller
     */
    public void fail(String id, Throwable error) {
        Pending entry = pending.remove(id);
        if (entry != null) {
            entry.cancelTimeout();
            entry.listener().onFailure(error);
        }
    }

    /**
     * Ends every waiting command (the connection is gone).
     *
     * @param errorFor makes the error for a command, given its name
     */
    public void failAll(Function<String, Throwable> errorFor) {
        List<Pending> all = new ArrayList<>(pending.values());
        pending.clear();
        for (Pending entry : all) {
            entry.cancelTimeout();
            entry.listener().onFailure(errorFor.apply(entry.command()));
        }
    }

    /** @return how many commands are waiting */
    public int size() {
        return pending.size();
    }
}
