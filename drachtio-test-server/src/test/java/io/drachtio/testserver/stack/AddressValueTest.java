package io.drachtio.testserver.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Name-addr values taken apart and written in the stack's bracket form. */
class AddressValueTest {

    @Test
    void aNameAddrKeepsItsDisplayNameAndParameters() {
        AddressValue value = AddressValue.parse("\"Zoë <Ærø>\"  <sip:zoe@h:5161>;tag=abc;x");
        assertThat(value.display()).isEqualTo("\"Zoë <Ærø>\"");
        assertThat(value.uri()).isEqualTo("sip:zoe@h:5161");
        assertThat(value.tag()).isEqualTo("abc");
        assertThat(value.parameter("X")).isEmpty();
        assertThat(value.render()).isEqualTo("\"Zoë <Ærø>\" <sip:zoe@h:5161>;tag=abc;x");
        assertThat(value.withoutTag().render()).isEqualTo("\"Zoë <Ærø>\" <sip:zoe@h:5161>;x");
    }

    @Test
    void anAddrSpecsParametersBecomeHeaderParameters() {
        AddressValue value = AddressValue.parse("sip:+1;npdi@h;transport=tcp");
        assertThat(value.uri()).isEqualTo("sip:+1;npdi@h");
        assertThat(value.render()).isEqualTo("<sip:+1;npdi@h>;transport=tcp");
        assertThat(value.withTag("t").render()).isEqualTo("<sip:+1;npdi@h>;transport=tcp;tag=t");
    }

    @Test
    void anExistingTagIsKeptAndAWildcardStaysAStar() {
        assertThat(AddressValue.parse("<sip:a@b>;tag=1").withTag("2").tag()).isEqualTo("1");
        assertThat(AddressValue.parse("*").render()).isEqualTo("*");
        assertThat(AddressValue.parse("<sip:a@b").render()).isEqualTo("<<sip:a@b>");
    }
}
