package io.drachtio.spring.bind;

import io.drachtio.sip.header.CSeq;
import io.drachtio.sip.header.ContentType;
import io.drachtio.sip.header.NameAddress;
import io.drachtio.sip.header.RAck;
import io.drachtio.sip.header.Via;
import io.drachtio.sip.uri.SipUri;
import io.drachtio.sip.uri.Uri;
import io.drachtio.sip.uri.Uris;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterRegistry;

/** Registers the converters from header text to the parsed SIP types. */
public final class SipConverters {

    private SipConverters() {
    }

    /**
     * Adds converters from {@code String} to {@link NameAddress}, {@link Via}, {@link CSeq},
     * {@link ContentType}, {@link RAck}, {@link Uri} and {@link SipUri}.
     *
     * @param registry where to add them
     */
    public static void register(ConverterRegistry registry) {
        registry.addConverter(String.class, NameAddress.class, (Converter<String, NameAddress>) NameAddress::parse);
        registry.addConverter(String.class, Via.class, (Converter<String, Via>) Via::parse);
        registry.addConverter(String.class, CSeq.class, (Converter<String, CSeq>) CSeq::parse);
        registry.addConverter(String.class, ContentType.class, (Converter<String, ContentType>) ContentType::parse);
        registry.addConverter(String.class, RAck.class, (Converter<String, RAck>) RAck::parse);
        registry.addConverter(String.class, Uri.class, (Converter<String, Uri>) Uris::parse);
        registry.addConverter(String.class, SipUri.class, (Converter<String, SipUri>) SipUri::parse);
    }
}
