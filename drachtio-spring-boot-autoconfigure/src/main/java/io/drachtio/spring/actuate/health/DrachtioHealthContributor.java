package io.drachtio.spring.actuate.health;

import io.drachtio.client.DrachtioClient;
import io.drachtio.client.DrachtioConnection;
import java.util.stream.Stream;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;

/**
 * The {@code drachtio} health group: one {@link DrachtioConnectionHealthIndicator} per connection of the
 * client, named like the connection. The members follow the client's current connections (outbound
 * connections come and go); with none (an outbound listener no server connected to yet) the group is
 * empty.
 */
public final class DrachtioHealthContributor implements CompositeHealthContributor {

    private final DrachtioClient client;

    /** @param client the client whose connections are reported */
    public DrachtioHealthContributor(DrachtioClient client) {
        this.client = client;
    }

    /**
     * @param name a connection name
     * @return the health of that connection, or {@code null} when the client has no such connection
     */
    @Override
    public HealthContributor getContributor(String name) {
        DrachtioConnection connection = client.connection(name);
        return connection == null ? null : new DrachtioConnectionHealthIndicator(connection);
    }

    /** @return one entry per current connection, in the client's order */
    @Override
    public Stream<Entry> stream() {
        return client.connections().stream()
                .map(connection -> new Entry(connection.name(), new DrachtioConnectionHealthIndicator(connection)));
    }
}
