package io.drachtio.wire;

import static io.drachtio.wire.Framing.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The shared secret never shows in toString, exception messages or logs. */
class SecretMaskingTest {

    private static final String SECRET = "s3cr3t-Pa55";

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger traceLogger = (Logger) LoggerFactory.getLogger(WireTraceLogger.LOGGER_NAME);
    private final Logger errorLogger = (Logger) LoggerFactory.getLogger(ProtocolErrorHandler.class);

    @BeforeEach
    void captureLogs() {
        appender.start();
        for (Logger logger : List.of(traceLogger, errorLogger)) {
            logger.addAppender(appender);
            logger.setAdditive(false);
        }
        traceLogger.setLevel(Level.TRACE);
        errorLogger.setLevel(Level.WARN);
    }

    @AfterEach
    void releaseLogs() {
        for (Logger logger : List.of(traceLogger, errorLogger)) {
            logger.detachAppender(appender);
            logger.setLevel(null);
            logger.setAdditive(true);
        }
    }

    @Test
    void toStringMasksTheSecret() {
        Authenticate authenticate = new Authenticate("id", SECRET, List.of("t1"));

        assertThat(authenticate.toString()).doesNotContain(SECRET).contains("secret=****", "t1");
    }

    @Test
    void exceptionMessagesMaskTheSecret() {
        List<Throwable> errors = List.of(
                catchThrowable(() -> WireLimits.check(new Authenticate("id", SECRET, List.of("a,b")))),
                catchThrowable(() -> WireLimits.check(new Authenticate("id|x", SECRET, List.of()))),
                catchThrowable(() -> WireLimits.check(new Authenticate("id", SECRET + "|x", List.of()))),
                catchThrowable(() -> ClientCommandParser.parse(authenticate(SECRET + "|t1\rx"))),
                catchThrowable(() -> ClientCommandParser.parse(utf8("authenticate|" + SECRET + "|t"))),
                catchThrowable(() -> ClientCommandParser.parse(utf8("AUTHENTICATE|" + SECRET))),
                catchThrowable(() -> ServerMessageParser.parse(utf8("x|authenticate|" + SECRET + "\nrest"))),
                catchThrowable(() -> ServerMessageParser.parse(utf8("x|sip|authenticate|" + SECRET + "|udp|h|1|t|txn||"))));

        assertThat(errors).hasSize(8).allSatisfy(error -> {
            assertThat(error).isInstanceOf(DrachtioProtocolException.class);
            assertThat(error.getMessage()).doesNotContain(SECRET).contains("****");
        });
    }

    @Test
    void traceLoggerMasksTheSecretInBothDirections() {
        EmbeddedChannel client = new EmbeddedChannel();
        WirePipeline.client(client.pipeline(), 1000);
        client.writeOutbound(new Authenticate("c1", SECRET, List.of("alpha")));
        ByteBuf frame = client.readOutbound();

        EmbeddedChannel server = new EmbeddedChannel();
        WirePipeline.server(server.pipeline(), 1000);
        server.writeInbound(frame);
        assertThat((Object) server.readInbound()).isEqualTo(new Authenticate("c1", SECRET, List.of("alpha")));
        client.finishAndReleaseAll();
        server.finishAndReleaseAll();

        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).doesNotContain(SECRET).contains("33#c1|authenticate|****|alpha"))
                .anySatisfy(line -> assertThat(line).contains(" OUT "))
                .anySatisfy(line -> assertThat(line).contains(" IN "));
        assertThat(appender.list).extracting(ILoggingEvent::getLoggerName).containsOnly(WireTraceLogger.LOGGER_NAME);
    }

    @Test
    void traceLoggerEscapesLineBreaksAndLogsNothingWhenTraceIsOff() {
        EmbeddedChannel server = new EmbeddedChannel();
        WirePipeline.server(server.pipeline(), 1000);
        server.writeInbound(Unpooled.wrappedBuffer(utf8("24#s1|sip|t|\r\nBYE x SIP/2.0")));
        assertThat(appender.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .endsWith("IN 24#s1|sip|t|\\r\\nBYE x SIP/2.0");

        traceLogger.setLevel(Level.DEBUG);
        server.writeInbound(Unpooled.wrappedBuffer(utf8("9#s2|ping|")));
        assertThat(appender.list).hasSize(1);
        server.finishAndReleaseAll();
    }

    @Test
    void protocolErrorHandlerLogsOneMaskedWarning() {
        EmbeddedChannel server = new EmbeddedChannel();
        WirePipeline.server(server.pipeline(), 1000);
        server.pipeline().addLast(ProtocolErrorHandler.INSTANCE);
        traceLogger.setLevel(Level.OFF);

        server.writeInbound(Unpooled.wrappedBuffer(Framing.frame(utf8("x|authenticate|" + SECRET + "|a,b\nc"))));

        assertThat(server.isOpen()).isFalse();
        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).doesNotContain(SECRET).contains("Invalid message format", "****");
        });
    }

    private static byte[] authenticate(String rest) {
        return utf8("id|authenticate|" + rest);
    }
}
