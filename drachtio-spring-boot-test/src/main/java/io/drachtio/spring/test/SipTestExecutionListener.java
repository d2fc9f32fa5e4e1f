package io.drachtio.spring.test;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before every test method of a class using the kit: resets the test server
 * ({@link SipTestClient#reset()}) and waits until the application is connected and routed, so that
 * no test starts before the application can take calls and none sees what an earlier one left.
 */
class SipTestExecutionListener implements TestExecutionListener, Ordered {

    /** After dependency injection and the other standard listeners. */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 1000;

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), AutoConfigureDrachtioTestServer.class)) {
            return;
        }
        SipTestClient sip = testContext.getApplicationContext().getBean(SipTestClient.class);
        sip.reset();
        if (sip.expectsConnection()) {
            sip.awaitReady();
        }
    }
}
