package io.drachtio.samples.uac;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The UAC's settings ({@code uac.*}).
 *
 * @param target       the SIP URI pinged with OPTIONS, e.g. {@code sip:gateway@10.0.0.9}
 * @param interval     time between two OPTIONS pings (the first is sent when the connection to
 *                     drachtio-server is up)
 * @param callDuration how long an answered call lasts when {@code POST /calls} names no {@code duration}
 * @param maxCalls     how many calls {@code GET /calls} remembers (the oldest are forgotten first)
 */
@ConfigurationProperties("uac")
@Validated
public record UacProperties(
        @NotBlank @Pattern(regexp = "sips?:.+", message = "must be a sip: or sips: URI") String target,
        @DefaultValue("30s") @NotNull Duration interval,
        @DefaultValue("30s") @NotNull Duration callDuration,
        @DefaultValue("1000") @Positive int maxCalls) {
}
