package io.drachtio.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.client.IncomingRequest;
import io.drachtio.spring.annotation.Bye;
import io.drachtio.spring.annotation.Invite;
import io.drachtio.spring.annotation.Options;
import io.drachtio.spring.annotation.Register;
import io.drachtio.spring.annotation.SipController;
import io.drachtio.spring.annotation.SipRequestMapping;
import io.drachtio.spring.mapping.SipHandlerRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Handler discovery at start-up: routes, and mistakes that fail the start-up with a clear message. */
class SipHandlerStartupTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DrachtioAutoConfiguration.class))
            .withPropertyValues("drachtio.secret=s", "drachtio.lifecycle.auto-startup=false");

    @SipController
    static class Calls {
        @Invite
        int invite() {
            return 486;
        }

        @Bye
        void bye() {
        }

        @Register(headers = "Expires=0")
        int unregister() {
            return 200;
        }

        @Options
        int options(IncomingRequest request) {
            return 200;
        }
    }

    @SipController
    static class LowerCase {
        @SipRequestMapping(method = "invite")
        void invite() {
        }
    }

    @SipController
    static class BadRegex {
        @Invite(requestUri = "sip:(unclosed")
        void invite() {
        }
    }

    @SipController
    static class Unresolvable {
        @Invite
        void invite(StringBuilder what) {
        }
    }

    @SipController
    static class BadReturn {
        @Invite
        StringBuilder invite() {
            return null;
        }
    }

    @Test
    void routesOnlyTheNewRequestVerbsThatHaveHandlers() {
        runner.withBean(Calls.class).run(context -> {
            SipHandlerRegistry registry = context.getBean(SipHandlerRegistry.class);
            assertThat(registry.mappings()).hasSize(4);
            assertThat(registry.routedVerbs()).containsExactly("invite", "options", "register");
        });
    }

    @Test
    void lowerCaseMethodFailsStartUp() {
        runner.withBean(LowerCase.class).run(context -> assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
                .hasMessageContaining("must be upper-case").hasMessageContaining("LowerCase#invite"));
    }

    @Test
    void invalidRegexFailsStartUp() {
        runner.withBean(BadRegex.class).run(context -> assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
                .hasMessageContaining("Unclosed group"));
    }

    @Test
    void unresolvableParameterFailsStartUp() {
        runner.withBean(Unresolvable.class).run(context -> assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
                .hasMessageContaining("Unresolvable#invite").hasMessageContaining("no argument resolver"));
    }

    @Test
    void unsupportedReturnTypeFailsStartUp() {
        runner.withBean(BadReturn.class).run(context -> assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
                .hasMessageContaining("BadReturn#invite").hasMessageContaining("unsupported return type"));
    }
}
