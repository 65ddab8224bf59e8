package org.kappractice.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TimeConfig {

    /** One clock for every rule that depends on "now", so tests can move time. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
