package org.kappractice.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.kappractice.base.RuleRefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way anything is written to the audit trail. Entries join the caller's transaction, so a
 * change and its audit entry commit or roll back together; refusals are written in their own.
 */
@Service
public class AuditTrail {
    private static final String SYSTEM = "system";

    private final AuditRepository repository;
    private final Clock clock;

    AuditTrail(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Records an action of the signed-in user. */
    @Transactional
    public void record(AuditAction action, String recordType, Long recordId, Long patientId, String detail) {
        append(currentActor(), action, recordType, recordId, patientId, detail);
    }

    /** Records an action on behalf of a named user, for sign-in events before anyone is signed in. */
    @Transactional
    public void recordFor(String actor, AuditAction action, String detail) {
        append(actor, action, null, null, null, detail);
    }

    /**
     * Records a refused action (access denied, a safety rule, a wrong signature password); commits even
     * though the caller's transaction then fails. Call it before the caller's transaction appends
     * anything, or it waits for the chain head that caller holds.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(AuditAction action, String recordType, Long recordId, Long patientId, String detail) {
        append(currentActor(), action, recordType, recordId, patientId, detail);
    }

    /**
     * Records that a clinical rule refused an action and returns the refusal to throw. Same
     * ordering duty as {@link #recordRefusal}: check the rules before writing anything.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public RuleRefusedException refuse(String recordType, Long recordId, Long patientId, List<String> reasons) {
        append(currentActor(), AuditAction.REFUSED_BY_RULE, recordType, recordId, patientId, String.join(" ", reasons));
        return new RuleRefusedException(reasons);
    }

    @Transactional(readOnly = true)
    public int countSince(String actor, AuditAction action, OffsetDateTime since) {
        return repository.countSince(actor, action, since);
    }

    @Transactional(readOnly = true)
    public OffsetDateTime lastAt(String actor, AuditAction action) {
        return repository.lastAt(actor, action);
    }

    /** Walks the whole chain and reports "intact, N entries" or the first entry changed, removed or inserted. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    @Transactional
    public ChainVerification verify() {
        ChainVerification result = repository.verify();
        append(currentActor(), AuditAction.VERIFY_AUDIT_TRAIL, null, null, null, result.finding());
        return result;
    }

    private void append(String actor, AuditAction action, String recordType, Long recordId, Long patientId,
                        String detail) {
        String text = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3997) + "...";
        // stored to the microsecond, so the hash is computed over exactly what the database keeps
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        repository.append(at, actor, action, recordType, recordId, patientId, text);
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
    }
}
