package io.drachtio.samples.registrar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The bindings table, through Spring Data JDBC. */
public interface BindingRepository extends ListCrudRepository<Binding, Long> {

    /**
     * @param username a user
     * @param now      the current time
     * @return the user's bindings that expire after {@code now}, latest expiry first
     */
    List<Binding> findByUsernameAndExpiresAtAfterOrderByExpiresAtDesc(String username, Instant now);

    /**
     * @param username   a user
     * @param contactUri one of its contacts
     * @return the binding of that contact, expired or not
     */
    Optional<Binding> findByUsernameAndContactUri(String username, String contactUri);

    /**
     * @param username a user
     * @return how many bindings were deleted
     */
    @Modifying
    @Query("DELETE FROM registrar_binding WHERE username = :username")
    int deleteAllOfUser(String username);

    /**
     * @param now the current time
     * @return how many expired bindings were deleted
     */
    @Modifying
    @Query("DELETE FROM registrar_binding WHERE expires_at <= :now")
    int deleteExpired(Instant now);
}
