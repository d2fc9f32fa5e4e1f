package io.drachtio.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.wire.trace.Direction;
import io.drachtio.wire.trace.WireTrace;
import io.drachtio.wire.trace.WireTraceFrame;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every server frame of every trace parses into the right kind of message, re-encodes to the
 * recorded bytes, and can be rebuilt with the layout factories a fake server uses.
 */
class ServerMessageTraceTest {

    static Stream<Arguments> serverFrames() {
        return TraceCommands.everyFrame(Direction.S2C);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("serverFrames")
    void parsesIntoTheRightKindAndReencodesByteForByte(WireTrace trace, WireTraceFrame frame) {
        ByteBuf payload = Unpooled.wrappedBuffer(frame.payload());
        ServerMessage message = ServerMessageParser.parse(payload);

        assertThat(payload.readerIndex()).isZero();
        assertThat(payload.refCnt()).isOne();
        assertThat(message.fields()).containsExactly(frame.fields());
        assertThat(message.sip()).isEqualTo(frame.sip());
        assertThat(message.id()).hasSize(36);
        assertThat(message).isInstanceOf(switch (frame.fields()[1]) {
            case "response" -> Reply.class;
            case "sip" -> SipEvent.class;
            default -> CdrEvent.class;
        });
        assertThat(Framing.frame(ServerMessageEncoder.encode(message))).isEqualTo(frame.bytes());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("serverFrames")
    void layoutFactoriesRebuildTheRecordedFrame(WireTrace trace, WireTraceFrame frame) {
        ServerMessage message = ServerMessageParser.parse(frame.payload());
        ServerMessage rebuilt = rebuild(message, new TraceCommands(trace));

        assertThat(rebuilt).isEqualTo(message);
        assertThat(Framing.frame(ServerMessageEncoder.encode(rebuilt))).isEqualTo(frame.bytes());
    }

    /** Builds a message from its typed values only, choosing the factory as a fake server would. */
    private static ServerMessage rebuild(ServerMessage message, TraceCommands commands) {
        if (message instanceof SipEvent event) {
            if (event.receivedOnPort() != null) {
                return SipEvent.newRequest(event.id(), event.meta(), event.transactionId(), event.receivedOnAddress(),
                        event.receivedOnPort(), event.sip());
            }
            return event.isUnsolicited()
                    ? SipEvent.unsolicited(event.id(), event.meta(), event.dialogId(), event.sip())
                    : SipEvent.of(event.id(), event.meta(), event.transactionId(), event.dialogId(), event.sip());
        }
        if (message instanceof CdrEvent cdr) {
            return switch (cdr.kind()) {
                case ATTEMPT -> CdrEvent.attempt(cdr.id(), cdr.source(), cdr.time(), cdr.sip());
                case START -> CdrEvent.start(cdr.id(), cdr.source(), cdr.time(), cdr.role(), cdr.sip());
                case STOP -> CdrEvent.stop(cdr.id(), cdr.source(), cdr.time(), cdr.reason(), cdr.sip());
            };
        }
        return rebuildReply((Reply) message, commands);
    }

    private static Reply rebuildReply(Reply reply, TraceCommands commands) {
        String id = reply.id();
        String commandId = reply.commandId();
        if (reply.status() == ReplyStatus.NO) {
            return Reply.rejected(id, commandId, reply.failureText());
        }
        if (reply.status() == ReplyStatus.NOK) {
            return Reply.failed(id, commandId, reply.failureText());
        }
        ClientCommand command = commands.command(commandId).orElseThrow();
        if (command instanceof Authenticate) {
            return Reply.authenticated(id, commandId, reply.hostports(), reply.serverVersion(), reply.localHostports());
        }
        if (command instanceof Ping) {
            return Reply.pong(id, commandId);
        }
        if (command instanceof ProxyCommand) {
            return reply.isContinue() ? Reply.proxyContinue(id, commandId, reply.meta(), reply.sip())
                    : Reply.proxyDone(id, commandId);
        }
        if (command instanceof SipCommand sip) {
            return SipPartLayout.of(sip.sip()).isResponse()
                    ? Reply.responseSent(id, commandId, reply.meta(), reply.transactionId(), reply.dialogId(), reply.sip())
                    : Reply.requestSent(id, commandId, reply.meta(), reply.transactionId(), reply.sip());
        }
        return Reply.ok(id, commandId);
    }
}
