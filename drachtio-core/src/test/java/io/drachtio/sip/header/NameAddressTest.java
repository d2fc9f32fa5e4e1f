package io.drachtio.sip.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drachtio.sip.SipParseException;
import io.drachtio.sip.uri.SipUri;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameAddressTest {

    @Test
    void quotedDisplayNameWithEscapes() {
        NameAddress value = NameAddress.parse("\"Bob \\\"the\\\" Builder\" <sip:bob@biloxi.example.com>;tag=a6c85cf");
        assertThat(value.displayName()).isEqualTo("Bob \"the\" Builder");
        assertThat(value.uri()).hasToString("sip:bob@biloxi.example.com");
        assertThat(value.tag()).isEqualTo("a6c85cf");
        assertThat(value.isWildcard()).isFalse();
    }

    @Test
    void tokenDisplayNameWithAndWithoutSpaceBeforeTheBracket() {
        assertThat(NameAddress.parse("Bob Smith <sip:bob@b>").displayName()).isEqualTo("Bob Smith");
        assertThat(NameAddress.parse("1245<sip:1245@b>").displayName()).isEqualTo("1245");
        assertThat(NameAddress.parse("<sip:bob@b>").displayName()).isNull();
    }

    @Test
    void addrSpecFormParametersBelongToTheHeader() {
        NameAddress value = NameAddress.parse("sip:watson@example.com;tag=DkfVgjkrtMwaerKKpe;expires=60");
        assertThat(value.tag()).isEqualTo("DkfVgjkrtMwaerKKpe");
        assertThat(value.parameter("EXPIRES")).isEqualTo("60");
        assertThat(((SipUri) value.uri()).parameters()).isEmpty();
    }

    @Test
    void wildcardContact() {
        NameAddress star = NameAddress.parse("*");
        assertThat(star.isWildcard()).isTrue();
        assertThat(star.uri()).isNull();
        assertThat(star).hasToString("*").isSameAs(NameAddress.wildcard());
    }

    @Test
    void listsSplitOnlyAtSeparatingCommas() {
        var list = NameAddress.parseList("\"Doe, John\" <sip:j@a;x=1>;q=0.7, sip:k@b ;q=0.5,<sip:l@c?h=a%2Cb>");
        assertThat(list).extracting(NameAddress::displayName).containsExactly("Doe, John", null, null);
        assertThat(list).extracting(n -> n.parameter("q")).containsExactly("0.7", "0.5", null);
        assertThat(((SipUri) list.get(2).uri()).headers()).containsEntry("h", "a,b");
    }

    @Test
    void quotedParameterValuesAreUnquotedAndRenderedBack() {
        NameAddress value = NameAddress.parse("<sip:a@b>;+sip.instance=\"<urn:uuid:1234>\";reg-id=1");
        assertThat(value.parameter("+sip.instance")).isEqualTo("<urn:uuid:1234>");
        assertThat(value).hasToString("<sip:a@b>;+sip.instance=\"<urn:uuid:1234>\";reg-id=1");
        assertThat(NameAddress.parse(value.toString())).isEqualTo(value);
    }

    @Test
    void renderingAndCopies() {
        NameAddress value = NameAddress.of("Alice \"A\"", SipUri.parse("sip:alice@atlanta.example.com"));
        assertThat(value).hasToString("\"Alice \\\"A\\\"\" <sip:alice@atlanta.example.com>");
        assertThat(value.withTag("88sja8x")).hasToString("\"Alice \\\"A\\\"\" <sip:alice@atlanta.example.com>;tag=88sja8x");
        assertThat(NameAddress.of(SipUri.parse("sip:a@b")).withParameter("lr", "")).hasToString("<sip:a@b>;lr");
    }

    @Test
    void malformedValuesAreRejected() {
        assertThatThrownBy(() -> NameAddress.parse("\"unterminated <sip:a@b>")).isInstanceOf(SipParseException.class)
                .hasMessageContaining("unterminated quoted string");
        assertThatThrownBy(() -> NameAddress.parse("< sip:a@b >")).isInstanceOf(SipParseException.class)
                .hasMessageContaining("whitespace inside a URI");
        assertThatThrownBy(() -> NameAddress.parse("Bell, Alexander <sip:a@b>")).isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> NameAddress.parse("sip:a@b?x=y")).isInstanceOf(SipParseException.class)
                .hasMessageContaining("enclosed in <>");
        assertThatThrownBy(() -> NameAddress.parse("<sip:a@b>;;")).isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> NameAddress.parse("<sip:a@b")).isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> NameAddress.parse("<sip:a@b>, <sip:c@d>")).isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> NameAddress.parse("")).isInstanceOf(SipParseException.class);
        assertThatThrownBy(() -> NameAddress.parse("<sip:a@b>;tag=")).isInstanceOf(SipParseException.class)
                .satisfies(e -> assertThat(((SipParseException) e).offset()).isEqualTo(14));
    }

    @Test
    void parsesUtf8BytesInPlaceWithCharacterPositionsInErrors() {
        String list = "\"J\u00f6rg M\u00fcller\" <sip:joerg@example.com>;x=\"\u00e4\", <sip:b@example.com>";
        byte[] padded = ("xx" + list + "yy").getBytes(StandardCharsets.UTF_8);
        int length = list.getBytes(StandardCharsets.UTF_8).length;
        List<NameAddress> values = NameAddress.parseList(padded, 2, length);
        assertThat(values).hasSize(2);
        assertThat(values.get(0).displayName()).isEqualTo("J\u00f6rg M\u00fcller");
        assertThat(values.get(0).parameter("x")).isEqualTo("\u00e4");
        assertThat(values).isEqualTo(NameAddress.parseList(list));

        String broken = "\"J\u00f6rg\" <sip:joerg@example.com:x>";
        byte[] utf8 = broken.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> NameAddress.parse(utf8, 0, utf8.length)).isInstanceOfSatisfying(SipParseException.class,
                e -> assertThat(e.offset()).isEqualTo(broken.indexOf(":x") + 1));
        assertThatThrownBy(() -> NameAddress.parse(broken)).isInstanceOfSatisfying(SipParseException.class,
                e -> assertThat(e.offset()).isEqualTo(broken.indexOf(":x") + 1));
    }
}
