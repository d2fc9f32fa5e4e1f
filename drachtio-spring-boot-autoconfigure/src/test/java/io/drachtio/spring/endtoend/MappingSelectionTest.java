package io.drachtio.spring.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.drachtio.testserver.DrachtioTestServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Which of several matching handlers answers, over a real socket. */
@EndToEndTest
class MappingSelectionTest {

    @Autowired
    DrachtioTestServer server;

    @Test
    void theMostSpecificMatchingMappingWins() {
        assertThat(handler("X-Tenant", "blue", "X-Level", "gold")).isEqualTo("blue-gold-or-silver");
        assertThat(handler("X-Tenant", "blue", "X-Level", "silver")).isEqualTo("blue-gold-or-silver");
        assertThat(handler("X-Tenant", "blue", "X-Level", "bronze")).isEqualTo("any-tenant");
        assertThat(handler("X-Tenant", "bluish", "X-Level", "gold")).as("equality is exact").isEqualTo("any-tenant");
        assertThat(handler("X-Tenant", "red")).isEqualTo("any-tenant");
        assertThat(handler()).isEqualTo("no-tenant");
    }

    @Test
    void amongEquallySpecificMappingsTheLowerOrderWins() {
        assertThat(Network.answer(server, "INFO", "ordered").header("X-Handler")).isEqualTo("order-1");
    }

    private String handler(String... headers) {
        return Network.answer(server, "INFO", "tenant", headers).header("X-Handler");
    }
}
