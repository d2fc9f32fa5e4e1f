package io.drachtio.embedded.sip.transport;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each received UDP datagram, as one message, to the {@link InboundProcessor}. The channel reads
 * at most the size limit plus one byte, so a datagram that fills the buffer was larger than allowed and
 * is dropped with one log line.
 */
final class DatagramHandler extends SimpleChannelInboundHandler<DatagramPacket> {

    private static final Logger LOG = LoggerFactory.getLogger(DatagramHandler.class);

    private final InboundProcessor processor;
    private final int maxMessageSize;

    DatagramHandler(InboundProcessor processor, int maxMessageSize) {
        this.processor = processor;
        this.maxMessageSize = maxMessageSize;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        int size = packet.content().readableBytes();
        if (size > maxMessageSize) {
            LOG.warn("Dropped UDP datagram from {}: larger than {} bytes", packet.sender(), maxMessageSize);
            return;
        }
        byte[] bytes = ByteBufUtil.getBytes(packet.content());
        processor.process(bytes, Transport.UDP, packet.sender(), packet.recipient());
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.warn("UDP socket error: {}", cause.toString());
    }
}
