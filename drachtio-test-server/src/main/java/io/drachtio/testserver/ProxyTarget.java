package io.drachtio.testserver;

import io.drachtio.sip.SipRequest;
import io.drachtio.testserver.engine.ProxyTargets;
import io.drachtio.testserver.engine.TargetScript;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The script of a simulated proxy target: what it answers when a {@code proxy} operation
 * forwards a request to it. Steps run in order, each after its delay on the
 * {@linkplain TestClock test clock} (counted from the previous step); steps without delay run as
 * soon as the request arrives. A target without steps never answers. A destination nobody
 * scripted answers {@code 503} at once. A CANCEL the server sends to a target (because the caller
 * cancelled, or another target answered 2xx) is answered like a real UA does: 200 to the CANCEL, then
 * {@code 487 Request Terminated} to the INVITE, and the rest of the script is dropped — unless the
 * target {@linkplain #ignoresCancel() ignores CANCELs}.
 *
 * <pre>{@code
 * server.proxyTarget("sip:127.0.0.1:5171").answers(486);
 * server.proxyTarget("sip:127.0.0.1:5172").answers(180).answersAfter(Duration.ofSeconds(1), 200);
 * }</pre>
 */
public final class ProxyTarget {

    private final ProxyTargets targets;
    private final String destination;
    private final List<TargetScript.Step> steps = new ArrayList<>();
    private boolean answersCancel = true;

    ProxyTarget(ProxyTargets targets, String destination) {
        this.targets = targets;
        this.destination = Objects.requireNonNull(destination, "destination");
        update();
    }

    /**
     * Adds an immediate answer.
     *
     * @param status the status code
     * @return this target
     */
    public ProxyTarget answers(int status) {
        return answers(ResponseSpec.status(status));
    }

    /**
     * Adds an immediate answer.
     *
     * @param response the response
     * @return this target
     */
    public ProxyTarget answers(ResponseSpec response) {
        return answersAfter(Duration.ZERO, response);
    }

    /**
     * Adds an answer after a delay on the test clock.
     *
     * @param delay  how long after the previous step
     * @param status the status code
     * @return this target
     */
    public ProxyTarget answersAfter(Duration delay, int status) {
        return answersAfter(delay, ResponseSpec.status(status));
    }

    /**
     * Adds an answer after a delay on the test clock.
     *
     * @param delay    how long after the previous step
     * @param response the response
     * @return this target
     */
    public ProxyTarget answersAfter(Duration delay, ResponseSpec response) {
        return step(delay, TargetScript.Answer.of(response.parts()));
    }

    /**
     * Adds an immediate answer given as text, computed from the request the target received
     * (e.g. a recorded response with the forwarded request's branch filled in).
     *
     * @param response builds the complete response text from the forwarded request
     * @return this target
     */
    public ProxyTarget answersWith(Function<SipRequest, String> response) {
        return answersWithAfter(Duration.ZERO, response);
    }

    /**
     * Adds an answer given as text after a delay on the test clock.
     *
     * @param delay    how long after the previous step
     * @param response builds the complete response text from the forwarded request
     * @return this target
     */
    public ProxyTarget answersWithAfter(Duration delay, Function<SipRequest, String> response) {
        Objects.requireNonNull(response, "response");
        return step(delay, (forwarded, target, toTag, rseq, messages) ->
                response.apply(forwarded).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Removes every step: the target never answers (the server gives it up after the
     * provisional timeout of the {@code proxy} command, or after 32 s on the test clock).
     *
     * @return this target
     */
    public ProxyTarget neverAnswers() {
        steps.clear();
        return update();
    }

    /**
     * Makes the target ignore a CANCEL: it answers neither the CANCEL nor, because of it, the INVITE,
     * and keeps playing its script (e.g. a 200 that crosses the CANCEL). By default a target answers a
     * CANCEL with 200 and the INVITE with {@code 487}.
     *
     * @return this target
     */
    public ProxyTarget ignoresCancel() {
        answersCancel = false;
        return update();
    }

    private ProxyTarget step(Duration delay, TargetScript.Answer answer) {
        steps.add(new TargetScript.Step(delay, answer));
        return update();
    }

    private ProxyTarget update() {
        targets.script(destination, new TargetScript(steps, answersCancel));
        return this;
    }

    @Override
    public String toString() {
        return "ProxyTarget[" + destination + ", " + steps.size() + " steps]";
    }
}
