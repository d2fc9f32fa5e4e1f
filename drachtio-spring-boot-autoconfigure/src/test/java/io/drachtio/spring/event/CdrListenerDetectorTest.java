package io.drachtio.spring.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.wire.CdrKind;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.GenericApplicationContext;

class CdrListenerDetectorTest {

    static class StopListener {
        @EventListener
        void onStop(CdrStopEvent event) {
        }
    }

    static class AllCdrs implements ApplicationListener<DrachtioCdrEvent> {
        @Override
        public void onApplicationEvent(DrachtioCdrEvent event) {
        }
    }

    static class ByClasses {
        @EventListener(classes = {CdrAttemptEvent.class, CdrStartEvent.class})
        void onEither(ApplicationEvent event) {
        }
    }

    static class Broad {
        @EventListener
        void onAnything(ApplicationEvent event) {
        }
    }

    private static java.util.Set<CdrKind> detect(Class<?>... beans) {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            for (Class<?> bean : beans) {
                context.registerBean(bean);
            }
            return CdrListenerDetector.detect(context.getBeanFactory());
        }
    }

    @Test
    void kindsFollowTheListenedEventTypes() {
        assertThat(detect(StopListener.class)).containsExactly(CdrKind.STOP);
        assertThat(detect(ByClasses.class)).containsExactlyInAnyOrder(CdrKind.ATTEMPT, CdrKind.START);
        assertThat(detect(AllCdrs.class)).containsExactlyInAnyOrder(CdrKind.values());
    }

    @Test
    void broadListenersDoNotSubscribeToCdrs() {
        assertThat(detect(Broad.class)).isEmpty();
    }
}
