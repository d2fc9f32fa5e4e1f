package io.drachtio.client.internal;

import io.drachtio.client.ClientObserver;
import io.drachtio.client.ConnectionOptions;
import io.drachtio.client.RequestHandler;
import io.drachtio.client.ServerInfo;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.SipResponse;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.List;
import java.util.Map;

/**
 * Gives the JMH benchmarks (module {@code benchmarks}) the client's real receive path on an
 * {@link EmbeddedChannel}, and its response builder. It sits in the client's implementation package
 * (on the class path, packages of the same name share package access) so that no benchmark-only API
 * leaks into {@code drachtio-core}.
 */
public final class ClientBenchmarkSupport {

    private ClientBenchmarkSupport() {
    }

    /**
     * @param handler receives the delivered requests
     * @return a channel with the client pipeline and a ready session; write frames in with
     *         {@code writeInbound}
     */
    public static EmbeddedChannel clientChannel(RequestHandler handler) {
        return clientChannel(handler, ClientObserver.NOOP);
    }

    /**
     * @param handler  receives the delivered requests
     * @param observer the client's observer (e.g. the meters)
     * @return a channel with the client pipeline and a ready session; write frames in with
     *         {@code writeInbound}
     */
    public static EmbeddedChannel clientChannel(RequestHandler handler, ClientObserver observer) {
        ClientContext context = new ClientContext(handler, request -> { }, new CdrDispatcher(Map.of()),
                new ObserverNotifier(observer), new EventPublisher(), new RouteTable(List.of("invite")),
                new InFlightTransactions());
        ConnectionOptions options = ConnectionOptions.builder("127.0.0.1", 9022, "benchmark").name("benchmark")
                .build();
        InboundConnection connection = new InboundConnection(options, context);
        EmbeddedChannel channel = new EmbeddedChannel();
        Session session = new Session(channel, connection, context, options.replyTimeout());
        ConnectionPipeline.install(channel, options.maxFrameLength(), session);
        connection.ready(session, new ServerInfo(List.of(), "v0.9.10", List.of()));
        return channel;
    }

    /**
     * @param request a delivered request
     * @param status  the status
     * @return the response the client's response channel would send
     */
    public static SipResponse response(SipRequest request, int status) {
        SipResponse response = ResponseFactory.create(request, status, null);
        ResponseFactory.placeContentLengthLast(response);
        return response;
    }
}
