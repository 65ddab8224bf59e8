package org.kappractice.settings;

import jakarta.validation.Valid;
import org.kappractice.audit.AuditAction;
import org.kappractice.audit.AuditDiff;
import org.kappractice.audit.AuditTrail;
import org.kappractice.base.ConcurrentEditException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Reads the practice's thresholds for everyone; only admins change them, and each change is audited. */
@Service
@Validated
public class PracticeSettingsService {
    private final PracticeSettingsRepository repository;
    private final AuditTrail audit;

    PracticeSettingsService(PracticeSettingsRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public PracticeSettings current() {
        return repository.find().settings();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public VersionedSettings forEditing() {
        return repository.find();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(int version, @Valid PracticeSettings settings) {
        PracticeSettings before = repository.find().settings();
        if (!repository.update(version, settings)) {
            throw new ConcurrentEditException("The practice settings");
        }
        audit.record(AuditAction.CHANGE, "practice settings", 1L, null, AuditDiff.between(before, settings));
    }
}
