package io.drachtio.samples.proxy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Starts the proxy: connects to drachtio-server and proxies every INVITE it receives. */
@SpringBootApplication
@EnableConfigurationProperties(ProxyProperties.class)
public class ProxyApplication {

    /**
     * Runs the application.
     *
     * @param args command line arguments (Spring Boot's, e.g. {@code --proxy.forking=serial})
     */
    public static void main(String[] args) {
        SpringApplication.run(ProxyApplication.class, args);
    }
}
