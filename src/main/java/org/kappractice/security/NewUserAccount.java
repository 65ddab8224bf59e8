package org.kappractice.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin enters to create a member of staff. */
public record NewUserAccount(
        @NotBlank(message = "Username is required.")
        @Pattern(regexp = "^$|[a-z0-9][a-z0-9._-]{2,59}",
                message = "Username must be 3 to 60 lower-case letters, digits, dots, dashes or underscores.")
        String username,
        @NotBlank(message = "Full name is required.")
        @Size(max = 120, message = "Full name must be at most 120 characters.")
        String fullName,
        @NotNull(message = "Role is required.")
        Role role,
        @NotNull(message = "Initial password is required.")
        @Size(min = 12, max = 128, message = "Initial password must be 12 to 128 characters.")
        String initialPassword,
        Long supervisorId) {
}
