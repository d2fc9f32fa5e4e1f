package io.drachtio.samples.proxy;

import io.drachtio.client.ProxyOptions;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns the configured {@link ProxyProperties} into the proxy options of one call. */
@Component
public class CallRouting {

    /** The placeholder in a target template that stands for the called user. */
    public static final String USER_PLACEHOLDER = "{user}";

    private final ProxyProperties properties;

    /**
     * Creates the routing.
     *
     * @param properties the proxy settings
     */
    public CallRouting(ProxyProperties properties) {
        this.properties = properties;
    }

    /**
     * Returns how to proxy a call for a user: every target with the user filled in, the configured forking,
     * record-routing and provisional timeout, and a {@code Subject} header naming the user.
     *
     * @param user the user part of the Request-URI, as written there (still escaped)
     * @return the proxy options
     */
    public ProxyOptions optionsFor(String user) {
        ProxyOptions options = ProxyOptions.to(targetsFor(user))
                .forking(properties.forking())
                .header("Subject", "Incoming call for " + user);
        if (properties.remainInDialog()) {
            options = options.remainInDialog();
        }
        return options.provisionalTimeout(properties.provisionalTimeout());   // null: the server's default
    }

    private List<String> targetsFor(String user) {
        List<String> targets = new ArrayList<>(properties.targets().size());
        for (String template : properties.targets()) {
            targets.add(template.replace(USER_PLACEHOLDER, user));
        }
        return targets;
    }
}
