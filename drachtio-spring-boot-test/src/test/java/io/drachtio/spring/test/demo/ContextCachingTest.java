package io.drachtio.spring.test.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.spring.test.AutoConfigureDrachtioTestServer;
import io.drachtio.spring.test.SipTestClient;
import io.drachtio.testserver.AppConnection;
import io.drachtio.testserver.DrachtioTestServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextManager;

/**
 * One test server per cached application context: test classes with the same configuration share
 * the context and its server, another configuration gets its own, and the server stops with its
 * context. The contexts are loaded through Spring's {@link TestContextManager}, as for any test class.
 */
class ContextCachingTest {

    @Test
    void testClassesWithTheSameConfigurationShareOneServer() {
        ApplicationContext first = contextOf(FirstUser.class).getApplicationContext();
        ApplicationContext second = contextOf(SecondUser.class).getApplicationContext();

        assertThat(second).isSameAs(first);
        DrachtioTestServer server = first.getBean(DrachtioTestServer.class);
        assertThat(second.getBean(SipTestClient.class).server()).isSameAs(server);
        assertThat(first.getEnvironment().getProperty("drachtio.port")).isEqualTo(String.valueOf(server.adminPort()));
        assertThat(first.getEnvironment().getProperty("drachtio.host")).isEqualTo(server.adminHost());
        assertThat(first.getEnvironment().getProperty("drachtio.mode")).isEqualTo("inbound");
        assertThat(first.getEnvironment().getProperty("drachtio.embedded.enabled")).isEqualTo("false");
    }

    @Test
    void anotherConfigurationGetsItsOwnServerAndTheServerStopsWithItsContext() {
        TestContext own = contextOf(OwnSecret.class);
        ApplicationContext context = own.getApplicationContext();
        DrachtioTestServer server = context.getBean(DrachtioTestServer.class);
        SipTestClient sip = context.getBean(SipTestClient.class);

        assertThat(server).isNotSameAs(contextOf(FirstUser.class).getApplicationContext()
                .getBean(DrachtioTestServer.class));
        assertThat(context.getEnvironment().getProperty("drachtio.secret")).isEqualTo("own-secret");
        sip.awaitReady();
        assertThat(server.connections()).filteredOn(AppConnection::isOpen).singleElement()
                .satisfies(connection -> assertThat(connection.isAuthenticated()).isTrue());

        own.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);

        assertThat(server.connections()).noneMatch(AppConnection::isOpen);
    }

    @Test
    void aContextPausedWhileAnotherIsInUseIsConnectedAgainWhenResumed() throws Exception {
        runTestClass(PausedUser.class);
        runTestClass(FirstUser.class);
        runTestClass(PausedUser.class);
        runTestClass(SecondUser.class);
        TestContextManager resumed = new TestContextManager(PausedUser.class);
        resumed.beforeTestClass();
        try {
            SipTestClient sip = resumed.getTestContext().getApplicationContext().getBean(SipTestClient.class);

            sip.awaitReady();
            assertThat(sip.request("OPTIONS", "sip:ping@127.0.0.1").send().awaitFinalResponse().status())
                    .isEqualTo(200);
        } finally {
            resumed.afterTestClass();
        }
    }

    /** Goes through a test class's life in the TestContext framework (the cache counts users to pause contexts). */
    private static void runTestClass(Class<?> testClass) throws Exception {
        TestContextManager manager = new TestContextManager(testClass);
        manager.beforeTestClass();
        manager.getTestContext().getApplicationContext();
        manager.afterTestClass();
    }

    private static TestContext contextOf(Class<?> testClass) {
        return new TestContextManager(testClass).getTestContext();
    }

    @SpringBootTest(classes = DemoSipApplication.class)
    @AutoConfigureDrachtioTestServer
    static class FirstUser {
    }

    @SpringBootTest(classes = DemoSipApplication.class)
    @AutoConfigureDrachtioTestServer
    static class SecondUser {
    }

    @SpringBootTest(classes = DemoSipApplication.class)
    @AutoConfigureDrachtioTestServer(secret = "paused-secret")
    static class PausedUser {
    }

    @SpringBootTest(classes = DemoSipApplication.class)
    @AutoConfigureDrachtioTestServer(secret = "own-secret")
    static class OwnSecret {
    }
}
