package org.kappractice.security;

import static org.kappractice.db.Tables.APP_USER;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.kappractice.db.tables.AppUser;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {
    private static final AppUser SUPERVISOR = APP_USER.as("supervisor");

    private final DSLContext dsl;

    AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    record Credentials(String username, String passwordHash, Role role, boolean active, OffsetDateTime lockedUntil) {
    }

    Optional<Credentials> credentials(String username) {
        return dsl.select(APP_USER.USERNAME, APP_USER.PASSWORD_HASH, APP_USER.ROLE, APP_USER.ACTIVE, APP_USER.LOCKED_UNTIL)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(r -> new Credentials(r.value1(), r.value2(), Role.valueOf(r.value3()), r.value4(),
                        r.value5()));
    }

    Optional<UserAccount> findByUsername(String username) {
        return selectAccounts().where(APP_USER.USERNAME.eq(username)).fetchOptional(AccountRepository::toAccount);
    }

    Optional<UserAccount> findById(long id) {
        return selectAccounts().where(APP_USER.ID.eq(id)).fetchOptional(AccountRepository::toAccount);
    }

    List<UserAccount> findAll() {
        return selectAccounts().orderBy(APP_USER.ROLE, APP_USER.FULL_NAME).fetch(AccountRepository::toAccount);
    }

    List<UserAccount> findActiveByRole(Role role) {
        return selectAccounts().where(APP_USER.ROLE.eq(role.name()).and(APP_USER.ACTIVE.isTrue()))
                .orderBy(APP_USER.FULL_NAME).fetch(AccountRepository::toAccount);
    }

    List<UserAccount> findSupervisees(long supervisorId) {
        return selectAccounts().where(APP_USER.SUPERVISOR_ID.eq(supervisorId)).orderBy(APP_USER.FULL_NAME)
                .fetch(AccountRepository::toAccount);
    }

    boolean usernameTaken(String username) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    boolean exists() {
        return dsl.fetchExists(APP_USER);
    }

    long insert(NewUserAccount account, String passwordHash) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, account.username())
                .set(APP_USER.FULL_NAME, account.fullName().strip())
                .set(APP_USER.ROLE, account.role().name())
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.SUPERVISOR_ID, account.supervisorId())
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
    }

    /** Saves role, supervisor and active flag if nobody changed the account since {@code version}. */
    boolean update(long id, int version, Role role, Long supervisorId, boolean active) {
        return dsl.update(APP_USER)
                .set(APP_USER.ROLE, role.name())
                .set(APP_USER.SUPERVISOR_ID, supervisorId)
                .set(APP_USER.ACTIVE, active)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(version)))
                .execute() == 1;
    }

    void setLockedUntil(String username, OffsetDateTime lockedUntil) {
        dsl.update(APP_USER).set(APP_USER.LOCKED_UNTIL, lockedUntil).where(APP_USER.USERNAME.eq(username)).execute();
    }

    private org.jooq.SelectOnConditionStep<Record> selectAccounts() {
        return dsl.select(APP_USER.fields()).select(SUPERVISOR.FULL_NAME)
                .from(APP_USER)
                .leftJoin(SUPERVISOR).on(SUPERVISOR.ID.eq(APP_USER.SUPERVISOR_ID));
    }

    private static UserAccount toAccount(Record r) {
        return new UserAccount(r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.FULL_NAME),
                Role.valueOf(r.get(APP_USER.ROLE)), r.get(APP_USER.ACTIVE), r.get(APP_USER.SUPERVISOR_ID),
                r.get(SUPERVISOR.FULL_NAME), r.get(APP_USER.LOCKED_UNTIL), r.get(APP_USER.VERSION));
    }
}
