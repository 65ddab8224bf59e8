package org.kappractice.chaperones;

import static org.kappractice.db.Tables.CHAPERONE;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.kappractice.db.tables.records.ChaperoneRecord;
import org.springframework.stereotype.Repository;

@Repository
class ChaperoneRepository {
    private final DSLContext dsl;

    ChaperoneRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(long patientId, ChaperoneDetails d) {
        return dsl.insertInto(CHAPERONE)
                .set(CHAPERONE.PATIENT_ID, patientId)
                .set(columns(d))
                .returning(CHAPERONE.ID)
                .fetchSingle(CHAPERONE.ID);
    }

    boolean update(long id, int version, ChaperoneDetails d) {
        return dsl.update(CHAPERONE)
                .set(columns(d))
                .set(CHAPERONE.VERSION, CHAPERONE.VERSION.plus(1))
                .where(CHAPERONE.ID.eq(id).and(CHAPERONE.VERSION.eq(version)))
                .execute() == 1;
    }

    Optional<Chaperone> find(long id) {
        return dsl.selectFrom(CHAPERONE).where(CHAPERONE.ID.eq(id)).fetchOptional(ChaperoneRepository::toChaperone);
    }

    List<Chaperone> findByPatient(long patientId) {
        return dsl.selectFrom(CHAPERONE).where(CHAPERONE.PATIENT_ID.eq(patientId))
                .orderBy(CHAPERONE.ACTIVE.desc(), CHAPERONE.NAME)
                .fetch(ChaperoneRepository::toChaperone);
    }

    private static java.util.Map<org.jooq.Field<?>, Object> columns(ChaperoneDetails d) {
        var values = new java.util.LinkedHashMap<org.jooq.Field<?>, Object>();
        values.put(CHAPERONE.NAME, d.name());
        values.put(CHAPERONE.RELATIONSHIP, d.relationship());
        values.put(CHAPERONE.PHONE, d.phone());
        values.put(CHAPERONE.ADULT_CONFIRMED, d.adultConfirmed());
        values.put(CHAPERONE.ORIENTED_ON, d.orientedOn());
        values.put(CHAPERONE.ACTIVE, d.active());
        return values;
    }

    private static Chaperone toChaperone(ChaperoneRecord r) {
        return new Chaperone(r.getId(), r.getPatientId(), new ChaperoneDetails(r.getName(), r.getRelationship(),
                r.getPhone(), r.getAdultConfirmed(), r.getOrientedOn(), r.getActive()), r.getVersion());
    }
}
