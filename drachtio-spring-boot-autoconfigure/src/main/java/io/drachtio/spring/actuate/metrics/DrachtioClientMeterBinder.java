package io.drachtio.spring.actuate.metrics;

import io.drachtio.client.DrachtioClient;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Binds the gauges read from the client itself: {@value DrachtioMeterNames#TRANSACTIONS_IN_FLIGHT}
 * (incoming transactions delivered but not yet finally answered, proxied or cancelled).
 */
public final class DrachtioClientMeterBinder implements MeterBinder {

    private final DrachtioClient client;

    /** @param client the client to read */
    public DrachtioClientMeterBinder(DrachtioClient client) {
        this.client = client;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(DrachtioMeterNames.TRANSACTIONS_IN_FLIGHT, client, DrachtioClient::inFlightTransactions)
                .description("Incoming SIP transactions delivered but not yet finally answered, proxied or cancelled")
                .baseUnit("transactions").register(registry);
    }
}
