package org.kappractice.chaperones;

import jakarta.validation.Valid;
import java.util.List;
import org.kappractice.audit.AuditAction;
import org.kappractice.audit.AuditDiff;
import org.kappractice.audit.AuditTrail;
import org.kappractice.base.ConcurrentEditException;
import org.kappractice.base.NotFoundException;
import org.kappractice.patients.PatientService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** A patient's chaperones: the care team registers and orients them; they are deactivated, never deleted. */
@Service
@Validated
public class ChaperoneService {
    public static final String RECORD_TYPE = "chaperone";

    private final ChaperoneRepository chaperones;
    private final PatientService patients;
    private final AuditTrail audit;

    ChaperoneService(ChaperoneRepository chaperones, PatientService patients, AuditTrail audit) {
        this.chaperones = chaperones;
        this.patients = patients;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER', 'SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<Chaperone> chaperonesOf(long patientId) {
        patients.requireAccess(patientId, "read the chaperones of");
        return chaperones.findByPatient(patientId);
    }

    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER', 'SUPERVISOR')")
    @Transactional(readOnly = true)
    public Chaperone find(long chaperoneId) {
        Chaperone chaperone = chaperones.find(chaperoneId)
                .orElseThrow(() -> new NotFoundException("No chaperone with id " + chaperoneId + "."));
        patients.requireAccess(chaperone.patientId(), "read a chaperone of");
        return chaperone;
    }

    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER')")
    @Transactional
    public long add(long patientId, @Valid ChaperoneDetails details) {
        patients.requireAccess(patientId, "add a chaperone to");
        long id = chaperones.insert(patientId, details);
        audit.record(AuditAction.CREATE, RECORD_TYPE, id, patientId, AuditDiff.describe(details));
        return id;
    }

    @PreAuthorize("hasAnyRole('THERAPIST', 'PRESCRIBER')")
    @Transactional
    public void update(long chaperoneId, int version, @Valid ChaperoneDetails details) {
        Chaperone before = find(chaperoneId);
        if (!chaperones.update(chaperoneId, version, details)) {
            throw new ConcurrentEditException("Chaperone " + before.name());
        }
        audit.record(AuditAction.CHANGE, RECORD_TYPE, chaperoneId, before.patientId(),
                AuditDiff.between(before.details(), details));
    }
}
