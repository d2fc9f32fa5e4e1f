package io.drachtio.samples.registrar;

import static io.drachtio.spring.test.assertj.SipAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.sip.auth.DigestAlgorithm;
import io.drachtio.spring.test.AutoConfigureDrachtioTestServer;
import io.drachtio.spring.test.SipTestClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The registrar under the {@code postgres} profile on a real PostgreSQL (zonky's embedded binaries,
 * no Docker): the schema is created by the application, bindings are stored, read back and expire.
 */
@SpringBootTest
@ActiveProfiles("postgres")
@AutoConfigureDrachtioTestServer
@Import(TestClockConfiguration.class)
class PostgresProfileTest {

    private static final String DESK = "sip:alice@127.0.0.1:5171";

    private static EmbeddedPostgres postgres;

    @Autowired
    SipTestClient sip;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void postgresDataSource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> database().getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    private static synchronized EmbeddedPostgres database() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return postgres;
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void storesListsAndExpiresBindingsInPostgresql() {
        Phone alice = new Phone(sip, "alice", "alice-secret");

        assertThat(alice.register(DigestAlgorithm.MD5, "Contact: <" + DESK + ">", "Expires: 120"))
                .hasStatus(200).hasHeader("Contact", "<" + DESK + ">;expires=120");
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(jdbc.sql("SELECT contact_uri FROM registrar_binding WHERE username = 'alice'")
                .query(String.class).list()).containsExactly(DESK);

        sip.advanceClock(Duration.ofSeconds(120));

        assertThat(alice.register("Contact: <sip:alice@127.0.0.1:5172>").headerValues("Contact"))
                .containsExactly("<sip:alice@127.0.0.1:5172>;expires=3600");
    }
}
