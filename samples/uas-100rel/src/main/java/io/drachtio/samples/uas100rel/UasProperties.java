package io.drachtio.samples.uas100rel;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The UAS's settings, under {@code uas.*}.
 *
 * @param answerDelay how long the call plays early media (or rings) before it is answered 200 OK, counted
 *                    from the PRACK (or from the 180); 0 answers at once
 */
@Validated
@ConfigurationProperties("uas")
public record UasProperties(@DurationMin(millis = 0) @DefaultValue("0s") Duration answerDelay) {
}
