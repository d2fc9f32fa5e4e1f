package io.drachtio.wire;

import java.util.Arrays;
import java.util.List;

/**
 * Lays out the first-line fields and the SIP part of a {@link ClientCommand} in wire order. No
 * validation happens here; {@link WireLimits} checks the result.
 */
final class CommandFields {


    private CommandFields() {
    }

    /**
     * Returns the first-line fields of a command, {@code null} ids written as empty fields.
     *
     * @param command the command
     * @return the fields, field 0 the message id and field 1 the command name
     */
    static List<String> of(ClientCommand command) {
        if (command instanceof Authenticate a) {
            return List.of(a.id(), Authenticate.NAME, a.secret(), a.tagsField());
        }
        if (command instanceof Route r) {
            return List.of(r.id(), Route.NAME, r.verb());
        }
        if (command instanceof RemoveRoute r) {
            return List.of(r.id(), RemoveRoute.NAME, r.verb());
        }
        if (command instanceof Ping p) {
            return List.of(p.id(), Ping.NAME);
        }
        if (command instanceof SipCommand s) {
            return s.routeUrl() == null
                    ? List.of(s.id(), SipCommand.NAME, orEmpty(s.transactionId()), orEmpty(s.dialogId()))
                    : List.of(s.id(), SipCommand.NAME, orEmpty(s.transactionId()), orEmpty(s.dialogId()), s.routeUrl());
        }
        return proxy((ProxyCommand) command);
    }

    /**
     * Returns the SIP part of a command.
     *
     * @param command the command
     * @return the SIP bytes, empty for commands without one
     */
    static byte[] sip(ClientCommand command) {
        if (command instanceof SipCommand s) {
            return s.sip();
        }
        return command instanceof ProxyCommand p ? p.sip() : WirePayload.NO_SIP;
    }

    private static List<String> proxy(ProxyCommand p) {
        String[] fields = new String[9 + p.destinations().size()];
        fields[0] = p.id();
        fields[1] = ProxyCommand.NAME;
        fields[2] = p.transactionId();
        fields[3] = p.remainInDialog() ? ProxyCommand.REMAIN_IN_DIALOG : "";
        fields[4] = p.fullResponse() ? ProxyCommand.FULL_RESPONSE : "";
        fields[5] = p.followRedirects() ? ProxyCommand.FOLLOW_REDIRECTS : "";
        fields[6] = p.forkMode().wireName();
        fields[7] = orEmpty(p.provisionalTimeout());
        fields[8] = orEmpty(p.finalTimeout());
        for (int i = 0; i < p.destinations().size(); i++) {
            fields[9 + i] = p.destinations().get(i);
        }
        return Arrays.asList(fields);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
