package org.kappractice.demo;

import org.kappractice.audit.AuditAction;
import org.kappractice.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** With {@code kap.demo.seed=true} (the "demo" profile), fills an empty database with the demo practice. */
@Component
@Order(0)
@ConditionalOnProperty(name = "kap.demo.seed", havingValue = "true")
class DemoPracticeSeeder implements ApplicationRunner {
    static final int PATIENTS = 20;
    private static final Logger log = LoggerFactory.getLogger(DemoPracticeSeeder.class);

    private final SyntheticPractice practice;
    private final AuditTrail audit;

    DemoPracticeSeeder(SyntheticPractice practice, AuditTrail audit) {
        this.practice = practice;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!practice.isEmpty()) {
            return;
        }
        practice.generate(PATIENTS);
        audit.recordFor("system", AuditAction.CREATE, "synthetic demo practice: "
                + SyntheticPractice.STAFF.size() + " staff, " + PATIENTS + " patients");
        log.info("Seeded the synthetic demo practice; every demo user's password is {}", SyntheticPractice.DEMO_PASSWORD);
    }
}
