package org.kappractice.chaperones.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kappractice.CourseFixtures;
import org.kappractice.Demo;
import org.kappractice.KapTest;
import org.kappractice.SignedIn;
import org.kappractice.chaperones.ChaperoneDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@KapTest
class ChaperonesViewTest extends SpringBrowserlessTest {
    @Autowired CourseFixtures fixtures;
    @Autowired SignedIn signedIn;

    @Test
    @WithUserDetails(Demo.THERAPIST)
    void therapistAddsAChaperoneWhoIsActiveOnlyOnceOrientedAnd18Plus() {
        long patient = fixtures.newPatient("Chaperone-" + System.nanoTime());
        ChaperonesView view = navigate(ChaperonesView.class, Map.of("id", Long.toString(patient)));
        test(view.add).click();
        roundTrip();
        test(view.name).setValue("Morgan Lee");
        test(view.relationship).setValue("Partner");
        test(view.phone).setValue("+1 503 555 0142");
        test(view.active).click();
        test(view.save).click();
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo(ChaperoneDetails.ACTIVE_ONLY_WHEN_READY);
        assertThat(view.name.getValue()).isEqualTo("Morgan Lee");

        test(view.adultConfirmed).click();
        test(view.orientedOn).setValue(LocalDate.now().minusDays(1));
        test(view.save).click();
        assertThat(view.dialog.isOpened()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Morgan Lee");
    }

    @Test
    @WithUserDetails(Demo.SUPERVISOR)
    void supervisorSeesChaperonesButCannotAddThem() {
        var ready = fixtures.readyToDose("ChaperoneRead-" + System.nanoTime());
        signedIn.as(Demo.SUPERVISOR);
        ChaperonesView view = navigate(ChaperonesView.class, Map.of("id", Long.toString(ready.id())));
        assertThat(view.add.isVisible()).isFalse();
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Jamie Lee");
    }
}
