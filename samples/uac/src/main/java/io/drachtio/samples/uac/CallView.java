package io.drachtio.samples.uac;

/**
 * A call as the HTTP API shows it.
 *
 * @param id     the call's id ({@code /calls/{id}})
 * @param to     the called URI
 * @param state  {@code calling}, {@code ringing}, {@code answered}, {@code ended}, {@code cancelled} or
 *               {@code failed}
 * @param status the final SIP status, {@code null} while there is none
 * @param reason its reason phrase (or why the call failed), {@code null} while there is none
 */
public record CallView(String id, String to, String state, Integer status, String reason) {
}
