package io.drachtio.embedded.control;

import io.drachtio.testserver.engine.ControlConnection;

/**
 * A request from the network that was handed to an application connection and is waiting for its
 * answer (or proxy command).
 *
 * @param owner    the connection the request went to
 * @param dialogId the dialog id reported with the answer: the dialog of an in-dialog request, the id
 *                 the dialog will have for a new INVITE or SUBSCRIBE, otherwise {@code null}
 */
record Delivery(ControlConnection owner, String dialogId) {
}
