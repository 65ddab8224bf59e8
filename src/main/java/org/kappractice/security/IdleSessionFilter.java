package org.kappractice.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session after a period without user activity. Vaadin's heartbeat requests keep
 * the HTTP session alive while a tab is open, so they do not count as activity here.
 */
class IdleSessionFilter extends OncePerRequestFilter {
    static final String LAST_ACTIVITY = IdleSessionFilter.class.getName() + ".lastActivity";

    private final Duration idleTimeout;
    private final Clock clock;
    private final String expiredUrl;
    private final UidlRedirectStrategy redirect = new UidlRedirectStrategy();

    IdleSessionFilter(Duration idleTimeout, Clock clock, String expiredUrl) {
        this.idleTimeout = idleTimeout;
        this.clock = clock;
        this.expiredUrl = expiredUrl;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && SecurityContextHolder.getContext().getAuthentication() != null) {
            long now = clock.millis();
            Object last = session.getAttribute(LAST_ACTIVITY);
            if (last instanceof Long lastActivity && now - lastActivity > idleTimeout.toMillis()) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                redirect.sendRedirect(request, response, expiredUrl);
                return;
            }
            if (!"heartbeat".equals(request.getParameter("v-r")) || last == null) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
        }
        chain.doFilter(request, response);
    }
}
