package org.kappractice.security;

import java.time.OffsetDateTime;

/** A member of staff as the rest of the app sees them (never the password hash). */
public record UserAccount(long id, String username, String fullName, Role role, boolean active,
                          Long supervisorId, String supervisorName, OffsetDateTime lockedUntil, int version) {

    public boolean isLockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
