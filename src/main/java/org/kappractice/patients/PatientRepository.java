package org.kappractice.patients;

import static org.kappractice.db.Tables.APP_USER;
import static org.kappractice.db.Tables.PATIENT;
import static org.kappractice.db.Tables.PATIENT_DIAGNOSIS;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;
import org.kappractice.db.tables.AppUser;
import org.kappractice.security.UserAccount;
import org.springframework.stereotype.Repository;

@Repository
class PatientRepository {
    private static final AppUser THERAPIST = APP_USER.as("therapist");
    private static final AppUser PRESCRIBER = APP_USER.as("prescriber");
    private static final AppUser THERAPIST_SUPERVISOR = APP_USER.as("therapist_supervisor");
    private static final AppUser PRESCRIBER_SUPERVISOR = APP_USER.as("prescriber_supervisor");
    private static final Field<Set<Diagnosis>> DIAGNOSES = multiset(
            select(PATIENT_DIAGNOSIS.CODE).from(PATIENT_DIAGNOSIS).where(PATIENT_DIAGNOSIS.PATIENT_ID.eq(PATIENT.ID)))
            .convertFrom(r -> {
                Set<Diagnosis> set = EnumSet.noneOf(Diagnosis.class);
                r.forEach(code -> set.add(Diagnosis.ofCode(code.value1())));
                return set;
            });

    private static final List<Field<?>> DIRECTORY_FIELDS =
            List.of(PATIENT.ID, PATIENT.MRN, PATIENT.FIRST_NAME, PATIENT.LAST_NAME, PATIENT.VERSION);

    private final DSLContext dsl;

    PatientRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The caseload rule in one place: therapists and prescribers see patients whose care team
     * includes them; supervisors see the patients of the clinicians they supervise; admins see the
     * directory (names and care teams) only, which is a separate query.
     */
    static Condition caseloadOf(UserAccount viewer) {
        return switch (viewer.role()) {
            case THERAPIST -> PATIENT.THERAPIST_ID.eq(viewer.id());
            case PRESCRIBER -> PATIENT.PRESCRIBER_ID.eq(viewer.id());
            case SUPERVISOR -> PATIENT.THERAPIST_ID.in(superviseesOf(viewer))
                    .or(PATIENT.PRESCRIBER_ID.in(superviseesOf(viewer)));
            case ADMIN -> falseCondition();
        };
    }

    private static org.jooq.Select<org.jooq.Record1<Long>> superviseesOf(UserAccount supervisor) {
        return selectDistinct(APP_USER.ID).from(APP_USER).where(APP_USER.SUPERVISOR_ID.eq(supervisor.id()));
    }

    List<PatientSummary> findCaseload(UserAccount viewer, PatientFilter filter, int offset, int limit,
                                      List<PatientSort.Order> sort) {
        return dsl.select(PATIENT.ID, PATIENT.MRN, PATIENT.FIRST_NAME, PATIENT.LAST_NAME, PATIENT.DATE_OF_BIRTH,
                        PATIENT.COURSE_STATUS, THERAPIST.FULL_NAME, PRESCRIBER.FULL_NAME)
                .from(PATIENT)
                .leftJoin(THERAPIST).on(THERAPIST.ID.eq(PATIENT.THERAPIST_ID))
                .leftJoin(PRESCRIBER).on(PRESCRIBER.ID.eq(PATIENT.PRESCRIBER_ID))
                .where(caseloadOf(viewer)).and(matches(filter))
                .orderBy(orderBy(sort))
                .offset(offset).limit(limit)
                .fetch(r -> new PatientSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        CourseStatus.valueOf(r.value6()), r.value7(), r.value8()));
    }

    int countCaseload(UserAccount viewer, PatientFilter filter) {
        return dsl.fetchCount(PATIENT, caseloadOf(viewer).and(matches(filter)));
    }

    /** The case file, if {@code viewer}'s caseload includes it. */
    Optional<PatientFile> findInCaseload(long id, UserAccount viewer) {
        return withCareTeam(Stream.concat(Stream.of(PATIENT.fields()), Stream.of(DIAGNOSES)).toList())
                .where(PATIENT.ID.eq(id)).and(caseloadOf(viewer))
                .fetchOptional(r -> new PatientFile(r.get(PATIENT.ID), r.get(PATIENT.MRN), toDetails(r), toCareTeam(r),
                        r.get(PATIENT.VERSION)));
    }

    boolean exists(long id) {
        return dsl.fetchExists(PATIENT, PATIENT.ID.eq(id));
    }

    List<CareTeamEntry> findDirectory(String text, int offset, int limit) {
        return withCareTeam(DIRECTORY_FIELDS)
                .where(matches(new PatientFilter(text, null, null)))
                .orderBy(PATIENT.LAST_NAME, PATIENT.FIRST_NAME, PATIENT.ID)
                .offset(offset).limit(limit)
                .fetch(PatientRepository::toDirectoryEntry);
    }

    int countDirectory(String text) {
        return dsl.fetchCount(PATIENT, matches(new PatientFilter(text, null, null)));
    }

    Optional<CareTeamEntry> findDirectoryEntry(long id) {
        return withCareTeam(DIRECTORY_FIELDS)
                .where(PATIENT.ID.eq(id))
                .fetchOptional(PatientRepository::toDirectoryEntry);
    }

    long insert(PatientDetails details, Long therapistId, Long prescriberId) {
        String mrn = "K" + dsl.nextval("PATIENT_MRN_SEQ");
        long id = dsl.insertInto(PATIENT)
                .set(PATIENT.MRN, mrn)
                .set(detailColumns(details))
                .set(PATIENT.THERAPIST_ID, therapistId)
                .set(PATIENT.PRESCRIBER_ID, prescriberId)
                .returning(PATIENT.ID)
                .fetchSingle(PATIENT.ID);
        insertDiagnoses(id, details.diagnoses());
        return id;
    }

    /** Saves the details if nobody saved the patient since {@code version}; false on a conflict. */
    boolean update(long id, int version, PatientDetails details) {
        int updated = dsl.update(PATIENT)
                .set(detailColumns(details))
                .set(PATIENT.VERSION, PATIENT.VERSION.plus(1))
                .where(PATIENT.ID.eq(id).and(PATIENT.VERSION.eq(version)))
                .execute();
        if (updated == 1) {
            dsl.deleteFrom(PATIENT_DIAGNOSIS).where(PATIENT_DIAGNOSIS.PATIENT_ID.eq(id)).execute();
            insertDiagnoses(id, details.diagnoses());
        }
        return updated == 1;
    }

    boolean assignCareTeam(long id, int version, Long therapistId, Long prescriberId) {
        return dsl.update(PATIENT)
                .set(PATIENT.THERAPIST_ID, therapistId)
                .set(PATIENT.PRESCRIBER_ID, prescriberId)
                .set(PATIENT.VERSION, PATIENT.VERSION.plus(1))
                .where(PATIENT.ID.eq(id).and(PATIENT.VERSION.eq(version)))
                .execute() == 1;
    }

    private void insertDiagnoses(long patientId, Set<Diagnosis> diagnoses) {
        if (diagnoses.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(PATIENT_DIAGNOSIS, PATIENT_DIAGNOSIS.PATIENT_ID, PATIENT_DIAGNOSIS.CODE);
        for (Diagnosis diagnosis : diagnoses) {
            insert = insert.values(patientId, diagnosis.code());
        }
        insert.execute();
    }

    private static java.util.Map<Field<?>, Object> detailColumns(PatientDetails d) {
        var values = new java.util.LinkedHashMap<Field<?>, Object>();
        values.put(PATIENT.FIRST_NAME, d.firstName());
        values.put(PATIENT.LAST_NAME, d.lastName());
        values.put(PATIENT.DATE_OF_BIRTH, d.dateOfBirth());
        values.put(PATIENT.PHONE, d.phone());
        values.put(PATIENT.EMAIL, d.email().isEmpty() ? null : d.email());
        values.put(PATIENT.EMERGENCY_CONTACT_NAME, d.emergencyContactName());
        values.put(PATIENT.EMERGENCY_CONTACT_RELATIONSHIP, d.emergencyContactRelationship());
        values.put(PATIENT.EMERGENCY_CONTACT_PHONE, d.emergencyContactPhone());
        values.put(PATIENT.CONSENT_DATE, d.consentDate());
        values.put(PATIENT.CONSENT_VERSION, d.consentVersion().isEmpty() ? null : d.consentVersion());
        values.put(PATIENT.COURSE_STATUS, d.courseStatus().name());
        return values;
    }

    private static Condition matches(PatientFilter filter) {
        Condition condition = noCondition();
        if (!filter.text().isEmpty()) {
            String pattern = "%" + filter.text().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
            condition = condition.and(PATIENT.LAST_NAME.lower().like(pattern, '\\')
                    .or(PATIENT.FIRST_NAME.lower().like(pattern, '\\'))
                    .or(PATIENT.FIRST_NAME.concat(" ").concat(PATIENT.LAST_NAME).lower().like(pattern, '\\'))
                    .or(PATIENT.MRN.lower().like(pattern, '\\')));
        }
        if (filter.status() != null) {
            condition = condition.and(PATIENT.COURSE_STATUS.eq(filter.status().name()));
        }
        if (filter.clinicianId() != null) {
            condition = condition.and(PATIENT.THERAPIST_ID.eq(filter.clinicianId())
                    .or(PATIENT.PRESCRIBER_ID.eq(filter.clinicianId())));
        }
        return condition;
    }

    private static List<SortField<?>> orderBy(List<PatientSort.Order> sort) {
        List<SortField<?>> fields = new ArrayList<>();
        for (PatientSort.Order order : sort) {
            List<Field<?>> columns = switch (order.column()) {
                case NAME -> List.of(PATIENT.LAST_NAME, PATIENT.FIRST_NAME);
                case MRN -> List.of(PATIENT.MRN);
                case DATE_OF_BIRTH -> List.of(PATIENT.DATE_OF_BIRTH);
                case COURSE_STATUS -> List.of(PATIENT.COURSE_STATUS);
            };
            columns.forEach(c -> fields.add(order.ascending() ? c.asc() : c.desc()));
        }
        Stream.of(PATIENT.LAST_NAME.asc(), PATIENT.FIRST_NAME.asc(), PATIENT.ID.asc()).forEach(fields::add);
        return fields;
    }

    private SelectOnConditionStep<Record> withCareTeam(List<? extends org.jooq.SelectFieldOrAsterisk> fields) {
        return dsl.select(fields).select(THERAPIST.ID, THERAPIST.FULL_NAME, PRESCRIBER.ID, PRESCRIBER.FULL_NAME,
                        THERAPIST_SUPERVISOR.FULL_NAME, PRESCRIBER_SUPERVISOR.FULL_NAME)
                .from(PATIENT)
                .leftJoin(THERAPIST).on(THERAPIST.ID.eq(PATIENT.THERAPIST_ID))
                .leftJoin(PRESCRIBER).on(PRESCRIBER.ID.eq(PATIENT.PRESCRIBER_ID))
                .leftJoin(THERAPIST_SUPERVISOR).on(THERAPIST_SUPERVISOR.ID.eq(THERAPIST.SUPERVISOR_ID))
                .leftJoin(PRESCRIBER_SUPERVISOR).on(PRESCRIBER_SUPERVISOR.ID.eq(PRESCRIBER.SUPERVISOR_ID));
    }

    private static CareTeamEntry toDirectoryEntry(Record r) {
        return new CareTeamEntry(r.get(PATIENT.ID), r.get(PATIENT.MRN), r.get(PATIENT.FIRST_NAME),
                r.get(PATIENT.LAST_NAME), toCareTeam(r), r.get(PATIENT.VERSION));
    }

    private static CareTeam toCareTeam(Record r) {
        List<String> supervisors = Stream.of(r.get(THERAPIST_SUPERVISOR.FULL_NAME), r.get(PRESCRIBER_SUPERVISOR.FULL_NAME))
                .filter(java.util.Objects::nonNull).distinct().toList();
        return new CareTeam(r.get(THERAPIST.ID), r.get(THERAPIST.FULL_NAME), r.get(PRESCRIBER.ID),
                r.get(PRESCRIBER.FULL_NAME), supervisors);
    }

    private static PatientDetails toDetails(Record r) {
        return new PatientDetails(r.get(PATIENT.FIRST_NAME), r.get(PATIENT.LAST_NAME), r.get(PATIENT.DATE_OF_BIRTH),
                r.get(PATIENT.PHONE), r.get(PATIENT.EMAIL), r.get(PATIENT.EMERGENCY_CONTACT_NAME),
                r.get(PATIENT.EMERGENCY_CONTACT_RELATIONSHIP), r.get(PATIENT.EMERGENCY_CONTACT_PHONE),
                r.get(DIAGNOSES), r.get(PATIENT.CONSENT_DATE), r.get(PATIENT.CONSENT_VERSION),
                CourseStatus.valueOf(r.get(PATIENT.COURSE_STATUS)));
    }
}
