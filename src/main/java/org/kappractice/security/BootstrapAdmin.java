package org.kappractice.security;

import org.kappractice.audit.AuditAction;
import org.kappractice.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a new, empty database (no demo practice), creates the first admin from
 * {@code kap.bootstrap-admin.username} and {@code kap.bootstrap-admin.password}, so somebody can sign in.
 */
@Component
@Order(1)
class BootstrapAdmin implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final String username;
    private final String password;

    BootstrapAdmin(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditTrail audit,
                   @Value("${kap.bootstrap-admin.username:admin}") String username,
                   @Value("${kap.bootstrap-admin.password:}") String password) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (password.isBlank() || accounts.exists()) {
            return;
        }
        if (password.length() < 12) {
            throw new IllegalStateException("kap.bootstrap-admin.password must be at least 12 characters");
        }
        long id = accounts.insert(new NewUserAccount(username, "Administrator", Role.ADMIN, password, null),
                passwordEncoder.encode(password));
        audit.record(AuditAction.CREATE, AccountService.RECORD_TYPE, id, null, "bootstrap admin '" + username + "'");
        log.info("Created the first admin account '{}'", username);
    }
}
