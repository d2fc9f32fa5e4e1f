package io.drachtio.client.internal;

import io.drachtio.client.DrachtioClientException;
import io.drachtio.wire.Reply;
import io.drachtio.wire.ReplyStatus;
import reactor.core.publisher.Sinks;

/**
 * A {@link ReplyListener} for commands with exactly one reply: completes a {@link Sinks.One} with
 * the mapped {@code OK} reply, or with the error for anything else.
 *
 * @param <T> the result type
 */
final class SingleReplyListener<T> implements ReplyListener {

    private final Sinks.One<T> sink;
    private final ReplyMapper<T> mapper;
    private final String connection;
    private final String command;

    SingleReplyListener(Sinks.One<T> sink, ReplyMapper<T> mapper, String connection, String command) {
        this.sink = sink;
        this.mapper = mapper;
        this.connection = connection;
        this.command = command;
    }

    @Override
    public boolean onReply(Reply reply) {
        if (reply.status() != ReplyStatus.OK) {
            onFailure(mapper.failed(reply, connection, command));
            return true;
        }
        T value;
        try {
            value = mapper.ok(reply);
        } catch (RuntimeException e) {
            onFailure(new DrachtioClientException("unusable reply to '" + command + "' from drachtio server ("
                    + connection + "): " + e.getMessage(), e));
            return true;
        }
        if (value == null) {
            sink.tryEmitEmpty();
        } else {
            sink.tryEmitValue(value);
        }
        return true;
    }

    @Override
    public void onFailure(Throwable error) {
        try {
            mapper.afterFailure(error);
        } finally {
            sink.tryEmitError(error);
        }
    }
}
