package org.kappractice.chaperones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kappractice.CourseFixtures;
import org.kappractice.Demo;
import org.kappractice.KapTest;
import org.kappractice.SignedIn;
import org.kappractice.base.ConcurrentEditException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@KapTest
class ChaperoneServiceTest {
    @Autowired ChaperoneService chaperones;
    @Autowired CourseFixtures fixtures;
    @Autowired SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.out();
    }

    @Test
    void aChaperoneIsDeactivatedNotDeletedAndASecondSaveIsAConflict() {
        var ready = fixtures.readyToDose("Deactivate-" + System.nanoTime());
        Chaperone chaperone = chaperones.find(ready.chaperoneId());
        var inactive = new ChaperoneDetails("Jamie Lee", "Partner", "+1 503 555 0199", true, LocalDate.now(), false);
        chaperones.update(chaperone.id(), chaperone.version(), inactive);
        assertThatThrownBy(() -> chaperones.update(chaperone.id(), chaperone.version(), inactive))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(chaperones.chaperonesOf(ready.id())).singleElement().satisfies(c -> assertThat(c.active()).isFalse());
    }

    @Test
    void supervisorCannotAddAChaperone() {
        long patient = fixtures.newPatient("NoChaperone-" + System.nanoTime());
        signedIn.as(Demo.SUPERVISOR);
        assertThatThrownBy(() -> chaperones.add(patient, new ChaperoneDetails("Jo", "Friend", "+1 503 555 0100", true,
                LocalDate.now(), true))).isInstanceOf(AccessDeniedException.class);
    }
}
