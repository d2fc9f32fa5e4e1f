package io.drachtio.client;

import java.util.Objects;

/**
 * User name and password for answering a 401/407 digest challenge to an outgoing request.
 * {@link #toString()} never shows the password.
 *
 * @param username the user name
 * @param password the password
 */
public record Credentials(String username, String password) {

    /** Validates the values. */
    public Credentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=****]";
    }
}
