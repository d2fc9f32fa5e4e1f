package io.drachtio.samples.registrar;

import io.drachtio.sip.auth.DigestAlgorithm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The registrar's settings ({@code registrar.*}).
 *
 * @param realm          the digest realm shown in challenges
 * @param algorithms     the digest algorithms offered, one challenge each, most preferred first
 * @param users          user name → password of everyone who may register (and be called)
 * @param defaultExpires seconds a binding lasts when the REGISTER names no expiry
 * @param minExpires     shortest accepted expiry in seconds; shorter ones are answered 423 with Min-Expires
 * @param maxExpires     longest expiry in seconds; longer ones are shortened to it
 * @param nonceLifetime  how long a nonce is accepted; older ones are answered with {@code stale=true}
 * @param nonceCacheSize how many used nonces are remembered to detect replays
 * @param purgeInterval  how often expired bindings are deleted from the database
 */
@ConfigurationProperties("registrar")
@Validated
public record RegistrarProperties(
        @NotBlank String realm,
        @DefaultValue({"SHA-256", "MD5"}) @NotEmpty List<DigestAlgorithm> algorithms,
        @NotNull Map<String, String> users,
        @DefaultValue("3600") @Positive int defaultExpires,
        @DefaultValue("60") @Positive int minExpires,
        @DefaultValue("3600") @Positive int maxExpires,
        @DefaultValue("5m") @NotNull Duration nonceLifetime,
        @DefaultValue("10000") @Positive int nonceCacheSize,
        @DefaultValue("1m") @NotNull Duration purgeInterval) {

    /** Checks that the expiry bounds make sense together. */
    public RegistrarProperties {
        users = users == null ? Map.of() : Map.copyOf(users);
        algorithms = algorithms == null ? List.of() : List.copyOf(algorithms);
        if (minExpires > maxExpires) {
            throw new IllegalArgumentException("registrar.min-expires (" + minExpires
                    + ") must not exceed registrar.max-expires (" + maxExpires + ")");
        }
    }

    /**
     * @param user a user name
     * @return {@code true} when the user is configured (may register and be called)
     */
    public boolean isKnownUser(String user) {
        return user != null && users.containsKey(user);
    }

    /**
     * Shortens an expiry to {@link #maxExpires()}.
     *
     * @param requested the requested seconds (at least {@link #minExpires()})
     * @return the granted seconds
     */
    public int cap(int requested) {
        return Math.min(requested, maxExpires);
    }

    /** @return the settings with the user names only: passwords never appear in logs */
    @Override
    public String toString() {
        return "RegistrarProperties[realm=" + realm + ", algorithms=" + algorithms + ", users=" + users.keySet() + ", defaultExpires="
                + defaultExpires + ", minExpires=" + minExpires + ", maxExpires=" + maxExpires + ", nonceLifetime="
                + nonceLifetime + ", nonceCacheSize=" + nonceCacheSize + ", purgeInterval=" + purgeInterval + "]";
    }
}
