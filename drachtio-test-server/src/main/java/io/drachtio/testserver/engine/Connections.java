package io.drachtio.testserver.engine;

import io.drachtio.testserver.await.Inbox;
import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.List;

/**
 * The control connections of the server, open and closed, in the order they were made.
 */
public final class Connections {

    private final List<ControlConnection> all = new ArrayList<>();
    private final Inbox<ControlConnection> opened = new Inbox<>("connections");
    private int nextNumber = 1;

    /**
     * Registers a new connection.
     *
     * @param channel  its channel
     * @param outbound {@code true} when the server opened it
     * @return the connection state
     */
    public synchronized ControlConnection open(Channel channel, boolean outbound) {
        ControlConnection connection = new ControlConnection(nextNumber++, channel, outbound);
        all.add(connection);
        opened.add(connection);
        return connection;
    }

    /**
     * Returns every connection ever made.
     *
     * @return a snapshot, oldest first
     */
    public synchronized List<ControlConnection> all() {
        return List.copyOf(all);
    }

    /**
     * Returns the open connections.
     *
     * @return a snapshot, oldest first
     */
    public synchronized List<ControlConnection> open() {
        List<ControlConnection> open = new ArrayList<>();
        for (ControlConnection connection : all) {
            if (connection.isOpen()) {
                open.add(connection);
            }
        }
        return open;
    }

    /**
     * Returns the inbox of new connections, for tests that wait for an application to connect.
     *
     * @return the inbox
     */
    public Inbox<ControlConnection> opened() {
        return opened;
    }
}
