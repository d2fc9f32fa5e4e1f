package io.drachtio.spring.endtoend;

import io.drachtio.client.DrachtioClient;
import io.drachtio.client.DrachtioConnection;
import io.drachtio.client.IncomingRequest;
import io.drachtio.client.RequestMeta;
import io.drachtio.client.ResponseChannel;
import io.drachtio.sip.SipMessage;
import io.drachtio.sip.SipRequest;
import io.drachtio.sip.header.CSeq;
import io.drachtio.sip.header.NameAddress;
import io.drachtio.sip.header.Via;
import io.drachtio.sip.uri.SipUri;
import io.drachtio.sip.uri.Uri;
import io.drachtio.spring.annotation.Body;
import io.drachtio.spring.annotation.CallId;
import io.drachtio.spring.annotation.Message;
import io.drachtio.spring.annotation.RequestUri;
import io.drachtio.spring.annotation.SipController;
import io.drachtio.spring.annotation.SipHeader;
import io.drachtio.spring.endtoend.EndToEndApplication.Caller;
import io.drachtio.spring.endtoend.EndToEndApplication.Greeting;
import io.drachtio.spring.endtoend.EndToEndApplication.Tenant;
import io.drachtio.spring.reply.SipReply;
import java.util.List;
import java.util.Optional;

/**
 * Handlers that bind every supported kind of argument and report what they got in response headers.
 * Addressed by Request-URI user: {@code bind}, {@code parsed}, {@code converted}, {@code needs},
 * {@code count}; {@code tel:} URIs go to a handler that wants a {@link SipUri}.
 */
@SipController
class ArgumentController {

    @Message(requestUri = "sip:bind@.*")
    SipReply requestContext(IncomingRequest request, ResponseChannel channel, SipRequest sip, SipMessage message,
            RequestMeta meta, DrachtioConnection connection, DrachtioClient client, @CallId String callId) {
        return SipReply.ok()
                .header("X-Request", request.method() + " " + request.transactionId().equals(meta.transactionId()))
                .header("X-Channel", String.valueOf(channel.isAnswerable() && !channel.isFinalSent()))
                .header("X-Same-Message", String.valueOf(sip == message && sip == request.message()))
                .header("X-Source", meta.sourceAddress() + ":" + meta.sourcePort() + "/" + meta.protocol())
                .header("X-Connection", connection.name() + " " + connection.name().equals(meta.connection()))
                .header("X-Client", String.valueOf(client.connection(connection.name()) == connection))
                .header("X-Call-ID", callId)
                .header("X-Thread", Thread.currentThread().getName());
    }

    @Message(requestUri = "sip:parsed@.*")
    SipReply parsedHeaders(@SipHeader("f") NameAddress from, @SipHeader("To") NameAddress to,
            @SipHeader("Contact") NameAddress contact, @SipHeader("Contact") List<NameAddress> contacts,
            @SipHeader("Via") Via topVia, @SipHeader("Via") List<Via> vias, @SipHeader("CSeq") CSeq cseq,
            @SipHeader("P-Asserted-Identity") NameAddress asserted) {
        return SipReply.ok()
                .header("X-From", from.displayName() + "/" + ((SipUri) from.uri()).user() + "/" + from.parameter("tag"))
                .header("X-To", ((SipUri) to.uri()).user())
                .header("X-Contact", ((SipUri) contact.uri()).host() + "/" + contacts.size())
                .header("X-Via", topVia.host() + "/" + vias.size())
                .header("X-CSeq", cseq.number() + " " + cseq.method())
                .header("X-Asserted", ((SipUri) asserted.uri()).user());
    }

    @Message(requestUri = "sip:converted@.*")
    SipReply convertedHeaders(@SipHeader("Max-Forwards") Integer maxForwards, @SipHeader("X-Big") Long big,
            @SipHeader("X-Tag") List<String> tags, @SipHeader("X-None") Optional<String> none,
            @SipHeader("X-Present") Optional<String> present, @SipHeader("X-Tenant") Tenant tenant,
            @SipHeader(value = "X-Missing", required = false) String missing, @RequestUri String rawUri,
            @RequestUri Uri uri, @RequestUri SipUri sipUri, @Body String text, @Body byte[] raw,
            @Body Greeting greeting, Caller caller) {
        return SipReply.ok()
                .header("X-Max-Forwards", String.valueOf(maxForwards + 1))
                .header("X-Big", String.valueOf(big + 1))
                .header("X-Tags", String.join("+", tags))
                .header("X-Optional", none.isPresent() + "/" + present.orElse("?"))
                .header("X-Tenant", tenant.name())
                .header("X-Missing", String.valueOf(missing))
                .header("X-Uri", rawUri.startsWith("sip:converted@") + "/" + (uri == sipUri || uri.equals(sipUri))
                        + "/" + sipUri.user())
                .header("X-Body", text + "/" + raw.length + "/" + greeting.words())
                .header("X-Caller", caller.user());
    }

    @Message(requestUri = "sip:needs@.*")
    int requiredHeader(@SipHeader("X-Required") String required) {
        return 200;
    }

    @Message(requestUri = "sip:count@.*")
    int convertedHeader(@SipHeader("X-Count") Integer count) {
        return 200 + count;
    }

    @Message(requestUri = "tel:.*")
    int sipUriWanted(@RequestUri SipUri uri) {
        return 200;
    }
}
