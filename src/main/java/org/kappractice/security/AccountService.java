package org.kappractice.security;

import jakarta.validation.Valid;
import java.util.List;
import org.kappractice.audit.AuditAction;
import org.kappractice.audit.AuditDiff;
import org.kappractice.audit.AuditTrail;
import org.kappractice.base.ConcurrentEditException;
import org.kappractice.base.InvalidInputException;
import org.kappractice.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Staff accounts: admins create them, set roles and supervisors, deactivate and unlock them. */
@Service
@Validated
public class AccountService {
    static final String RECORD_TYPE = "user";

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final SessionSignOut sessionSignOut;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, SessionSignOut sessionSignOut,
                   CurrentUser currentUser, AuditTrail audit) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.sessionSignOut = sessionSignOut;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserAccount> allAccounts() {
        return accounts.findAll();
    }

    /** Active staff of one role, e.g. the therapists a patient can be assigned to. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserAccount> activeStaff(Role role) {
        return accounts.findActiveByRole(role);
    }

    /**
     * Whether {@code password} is the signed-in user's sign-in password: the check behind an
     * e-signature, which a clinician gives by entering it again.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isMyPassword(String password) {
        UserAccount me = currentUser.require();
        return password != null && !password.isEmpty() && accounts.credentials(me.username())
                .map(c -> passwordEncoder.matches(password, c.passwordHash())).orElse(false);
    }

    /** The clinicians the signed-in supervisor supervises. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<UserAccount> mySupervisees() {
        return accounts.findSupervisees(currentUser.require().id());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long create(@Valid NewUserAccount account) {
        if (accounts.usernameTaken(account.username())) {
            throw new InvalidInputException("Username '" + account.username() + "' is already in use.");
        }
        checkSupervisor(account.role(), account.supervisorId());
        long id = accounts.insert(account, passwordEncoder.encode(account.initialPassword()));
        audit.record(AuditAction.CREATE, RECORD_TYPE, id, null,
                "username: '" + account.username() + "'; role: '" + account.role() + "'; supervisorId: '"
                        + (account.supervisorId() == null ? "" : account.supervisorId()) + "'");
        return id;
    }

    /** Changes role, supervisor and active flag; deactivating also ends the user's sessions everywhere. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(long id, int version, Role role, Long supervisorId, boolean active) {
        UserAccount before = accounts.findById(id).orElseThrow(() -> new NotFoundException("No such user."));
        if (role == null) {
            throw new InvalidInputException("Role is required.");
        }
        if (before.id() == currentUser.require().id() && (!active || role != Role.ADMIN)) {
            throw new InvalidInputException("You cannot deactivate your own account or remove your own admin role.");
        }
        checkSupervisor(role, supervisorId);
        if (!accounts.update(id, version, role, supervisorId, active)) {
            throw new ConcurrentEditException("The account of " + before.fullName());
        }
        UserAccount after = accounts.findById(id).orElseThrow();
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, null, AuditDiff.between(
                new AccountSettings(before.role(), before.supervisorId(), before.active()),
                new AccountSettings(after.role(), after.supervisorId(), after.active())));
        if (!active) {
            sessionSignOut.expireAll(before.username());
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(long id) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new NotFoundException("No such user."));
        accounts.setLockedUntil(account.username(), null);
        audit.record(AuditAction.CHANGE, RECORD_TYPE, id, null, "unlocked");
    }

    /** Ends all of the signed-in user's sessions, on every device. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void signOutEverywhere() {
        UserAccount me = currentUser.require();
        int sessions = sessionSignOut.expireAll(me.username());
        audit.record(AuditAction.SIGN_OUT_EVERYWHERE, RECORD_TYPE, me.id(), null, sessions + " session(s) ended");
    }

    private void checkSupervisor(Role role, Long supervisorId) {
        if (supervisorId == null) {
            return;
        }
        if (!role.isClinician()) {
            throw new InvalidInputException("Supervisor: only therapists and prescribers have a supervisor.");
        }
        UserAccount supervisor = accounts.findById(supervisorId)
                .orElseThrow(() -> new InvalidInputException("Supervisor: no such user."));
        if (supervisor.role() != Role.SUPERVISOR || !supervisor.active()) {
            throw new InvalidInputException("Supervisor: must be an active supervisor.");
        }
    }

    private record AccountSettings(Role role, Long supervisorId, boolean active) {
    }
}
