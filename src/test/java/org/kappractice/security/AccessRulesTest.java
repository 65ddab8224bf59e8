package org.kappractice.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kappractice.Demo;
import org.kappractice.KapTest;
import org.kappractice.SignedIn;
import org.kappractice.patients.PatientFile;
import org.kappractice.patients.PatientFilter;
import org.kappractice.patients.PatientFixtures;
import org.kappractice.patients.PatientService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Every role against every action of the foundation, enforced by the services (not by the views). */
@KapTest
class AccessRulesTest {
    @Autowired PatientService patients;
    @Autowired AccountService accounts;
    @Autowired SignedIn signedIn;
    @Autowired DSLContext dsl;

    record Ctx(PatientService patients, AccountService accounts, long ownPatient, long otherPatient) {
    }

    enum Action {
        LIST_CASELOAD(c -> c.patients().caseload(PatientFilter.NONE, 0, 10, List.of())),
        OPEN_OWN_PATIENT(c -> c.patients().open(c.ownPatient())),
        OPEN_OTHER_CASELOADS_PATIENT(c -> c.patients().open(c.otherPatient())),
        REGISTER_PATIENT(c -> c.patients().create(PatientFixtures.details("Access" + System.nanoTime()))),
        EDIT_OWN_PATIENT(c -> {
            PatientFile file = c.patients().open(c.ownPatient());
            c.patients().update(c.ownPatient(), file.version(), file.details());
        }),
        LIST_CARE_TEAMS(c -> c.patients().directory("", 0, 10)),
        ASSIGN_CARE_TEAM(c -> {
            var entry = c.patients().directory("", 0, 1000).stream().filter(e -> e.id() == c.ownPatient()).findFirst().orElseThrow();
            c.patients().assignCareTeam(entry.id(), entry.version(), entry.careTeam().therapistId(), entry.careTeam().prescriberId());
        }),
        LIST_USERS(c -> c.accounts().allAccounts()),
        CREATE_USER(c -> c.accounts().create(new NewUserAccount("u" + System.nanoTime(), "New User", Role.THERAPIST,
                "a-long-password-1", null)));

        final Consumer<Ctx> run;

        Action(Consumer<Ctx> run) {
            this.run = run;
        }
    }

    static Stream<Arguments> rights() {
        return Stream.of(
                // therapist: own caseload, registers and edits; no admin, no other caseloads
                Arguments.of(Demo.THERAPIST, Action.LIST_CASELOAD, true),
                Arguments.of(Demo.THERAPIST, Action.OPEN_OWN_PATIENT, true),
                Arguments.of(Demo.THERAPIST, Action.OPEN_OTHER_CASELOADS_PATIENT, false),
                Arguments.of(Demo.THERAPIST, Action.REGISTER_PATIENT, true),
                Arguments.of(Demo.THERAPIST, Action.EDIT_OWN_PATIENT, true),
                Arguments.of(Demo.THERAPIST, Action.LIST_CARE_TEAMS, false),
                Arguments.of(Demo.THERAPIST, Action.ASSIGN_CARE_TEAM, false),
                Arguments.of(Demo.THERAPIST, Action.LIST_USERS, false),
                Arguments.of(Demo.THERAPIST, Action.CREATE_USER, false),
                // prescriber: the same on their own caseload
                Arguments.of(Demo.PRESCRIBER, Action.LIST_CASELOAD, true),
                Arguments.of(Demo.PRESCRIBER, Action.OPEN_OWN_PATIENT, true),
                Arguments.of(Demo.PRESCRIBER, Action.OPEN_OTHER_CASELOADS_PATIENT, false),
                Arguments.of(Demo.PRESCRIBER, Action.REGISTER_PATIENT, true),
                Arguments.of(Demo.PRESCRIBER, Action.EDIT_OWN_PATIENT, true),
                Arguments.of(Demo.PRESCRIBER, Action.LIST_CARE_TEAMS, false),
                Arguments.of(Demo.PRESCRIBER, Action.ASSIGN_CARE_TEAM, false),
                Arguments.of(Demo.PRESCRIBER, Action.LIST_USERS, false),
                Arguments.of(Demo.PRESCRIBER, Action.CREATE_USER, false),
                // supervisor: reads every supervisee's case file, changes nothing
                Arguments.of(Demo.SUPERVISOR, Action.LIST_CASELOAD, true),
                Arguments.of(Demo.SUPERVISOR, Action.OPEN_OWN_PATIENT, true),
                Arguments.of(Demo.SUPERVISOR, Action.OPEN_OTHER_CASELOADS_PATIENT, true),
                Arguments.of(Demo.SUPERVISOR, Action.REGISTER_PATIENT, false),
                Arguments.of(Demo.SUPERVISOR, Action.EDIT_OWN_PATIENT, false),
                Arguments.of(Demo.SUPERVISOR, Action.LIST_CARE_TEAMS, false),
                Arguments.of(Demo.SUPERVISOR, Action.ASSIGN_CARE_TEAM, false),
                Arguments.of(Demo.SUPERVISOR, Action.LIST_USERS, false),
                Arguments.of(Demo.SUPERVISOR, Action.CREATE_USER, false),
                // admin: users and care teams; no clinical content
                Arguments.of(Demo.ADMIN, Action.LIST_CASELOAD, false),
                Arguments.of(Demo.ADMIN, Action.OPEN_OWN_PATIENT, false),
                Arguments.of(Demo.ADMIN, Action.OPEN_OTHER_CASELOADS_PATIENT, false),
                Arguments.of(Demo.ADMIN, Action.REGISTER_PATIENT, false),
                Arguments.of(Demo.ADMIN, Action.EDIT_OWN_PATIENT, false),
                Arguments.of(Demo.ADMIN, Action.LIST_CARE_TEAMS, true),
                Arguments.of(Demo.ADMIN, Action.ASSIGN_CARE_TEAM, true),
                Arguments.of(Demo.ADMIN, Action.LIST_USERS, true),
                Arguments.of(Demo.ADMIN, Action.CREATE_USER, true));
    }

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @ParameterizedTest(name = "{0} {1}: allowed={2}")
    @MethodSource("rights")
    void roleMayDoOnlyWhatKapAllows(String username, Action action, boolean allowed) {
        // "own" = tara.therapist + priya.prescriber; "other" = theo.therapist + paul.prescriber; both supervised by sam
        long own = PatientFixtures.patientsOf(dsl, Demo.THERAPIST, Demo.PRESCRIBER).getFirst();
        long other = PatientFixtures.patientsOf(dsl, Demo.OTHER_THERAPIST, Demo.OTHER_PRESCRIBER).getFirst();
        Ctx ctx = new Ctx(patients, accounts, own, other);
        signedIn.as(username);
        if (allowed) {
            assertThatCode(() -> action.run.accept(ctx)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> action.run.accept(ctx)).isInstanceOf(AccessDeniedException.class);
        }
    }
}
