package io.drachtio.samples.proxy;

import io.drachtio.client.ProxyOptions;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The proxy's settings, under {@code proxy.*}. (The parameter descriptions are plain text: they become the
 * IDE's property descriptions.)
 *
 * @param targets            where a call for user U goes: 1 to 10 SIP URI templates in which "{user}" stands
 *                           for U, e.g. "sip:{user}@site1.example.com"
 * @param forking            "simultaneous" (every target at once, the first 2xx wins) or "serial" (one after
 *                           another, the next on a failure or timeout)
 * @param remainInDialog     whether the proxy record-routes, so that drachtio-server stays in the dialog and
 *                           relays its BYE
 * @param provisionalTimeout how long a target may stay silent (no response at all) before it is given up;
 *                           unset leaves it to drachtio-server (32 s)
 */
@Validated
@ConfigurationProperties("proxy")
public record ProxyProperties(
        @NotEmpty @Size(max = ProxyOptions.MAX_DESTINATIONS)
        List<@Pattern(regexp = "sips?:\\S+", message = "must be a sip: or sips: URI template") String> targets,
        @NotNull @DefaultValue("simultaneous") ProxyOptions.Forking forking,
        @DefaultValue("true") boolean remainInDialog,
        Duration provisionalTimeout) {
}
