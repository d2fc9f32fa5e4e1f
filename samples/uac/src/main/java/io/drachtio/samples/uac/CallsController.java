package io.drachtio.samples.uac;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * The HTTP API: {@code POST /calls} places a call (JSON or form fields {@code to}, {@code duration},
 * {@code cancel-after}) and answers 202 with its id and Location; {@code GET /calls} lists the calls,
 * {@code GET /calls/{id}} shows one.
 */
@RestController
@RequestMapping("/calls")
public class CallsController {

    private final Dialer dialer;
    private final CallStore calls;
    private final UacProperties properties;

    /**
     * @param dialer     places the calls
     * @param calls      the calls placed so far
     * @param properties the default call duration
     */
    public CallsController(Dialer dialer, CallStore calls, UacProperties properties) {
        this.dialer = dialer;
        this.calls = calls;
        this.properties = properties;
    }

    /**
     * Places a call described by a JSON object.
     *
     * @param body        {@code {"to": "sip:…", "duration": "30s", "cancel-after": "10s"}}
     * @param uriBuilder  the request's base URI
     * @return 202 with the call and its Location
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CallView> placeFromJson(@RequestBody Map<String, String> body,
            UriComponentsBuilder uriBuilder) {
        return place(CallRequest.from(body::get, properties.callDuration()), uriBuilder);
    }

    /**
     * Places a call described by form fields.
     *
     * @param exchange    the request, whose form data is read
     * @param uriBuilder  the request's base URI
     * @return 202 with the call and its Location
     */
    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public Mono<ResponseEntity<CallView>> placeFromForm(ServerWebExchange exchange, UriComponentsBuilder uriBuilder) {
        return exchange.getFormData()
                .map(form -> place(CallRequest.from(form::getFirst, properties.callDuration()), uriBuilder));
    }

    /** @return every remembered call, oldest first */
    @GetMapping
    public List<CallView> list() {
        return calls.all().stream().map(Call::view).toList();
    }

    /**
     * @param id a call id
     * @return the call, or 404 when unknown
     */
    @GetMapping("/{id}")
    public ResponseEntity<CallView> one(@PathVariable String id) {
        return ResponseEntity.of(calls.byId(id).map(Call::view));
    }

    /**
     * @param invalid what is wrong with the call request
     * @return 400 with the reason
     */
    @ExceptionHandler(InvalidCallRequestException.class)
    public ProblemDetail badRequest(InvalidCallRequestException invalid) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
    }

    private ResponseEntity<CallView> place(CallRequest request, UriComponentsBuilder uriBuilder) {
        Call call = dialer.place(request);
        return ResponseEntity.accepted().location(uriBuilder.path("/calls/{id}").buildAndExpand(call.id()).toUri())
                .body(call.view());
    }
}
