package org.kappractice.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class IdleSessionFilterTest {
    private final MutableClock clock = new MutableClock();
    private final IdleSessionFilter filter = new IdleSessionFilter(Duration.ofMinutes(15), clock, "/login?expired");
    private final MockHttpSession session = new MockHttpSession();

    @BeforeEach
    void signedIn() {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("tara", null, java.util.List.of()));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionIdleForFifteenMinutesEndsEvenWithHeartbeats() throws Exception {
        request(false);
        for (int minute = 5; minute <= 15; minute += 5) {
            clock.advance(Duration.ofMinutes(5));
            assertThat(request(true).getRedirectedUrl()).isNull();
        }
        clock.advance(Duration.ofSeconds(1));
        MockFilterChain chain = new MockFilterChain();
        request(true, chain);
        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).as("the request went no further").isNull();
    }

    @Test
    void userActivityKeepsTheSessionOpen() throws Exception {
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofMinutes(14));
            request(false);
        }
        assertThat(session.isInvalid()).isFalse();
    }

    private MockHttpServletResponse request(boolean heartbeat) throws Exception {
        return request(heartbeat, new MockFilterChain());
    }

    private MockHttpServletResponse request(boolean heartbeat, MockFilterChain chain) throws Exception {
        var request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        if (heartbeat) {
            request.setParameter("v-r", "heartbeat");
        }
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-21T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
