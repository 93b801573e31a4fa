package vn.reformdesk.shell;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests before the start-up work is done get a page that says so; afterwards they pass. */
class StartupGateTest {

    @Test
    void aRequestBeforeTheApplicationIsReadyIsAskedToComeBackAndOneAfterPasses() throws Exception {
        ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
        StartupGate gate = new StartupGate(availability);

        MockHttpServletResponse early = new MockHttpServletResponse();
        MockFilterChain notReached = new MockFilterChain();
        gate.doFilter(new MockHttpServletRequest("GET", "/"), early, notReached);
        assertThat(early.getStatus()).isEqualTo(503);
        assertThat(early.getHeader("Retry-After")).isEqualTo("3");
        assertThat(early.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("ReformDesk đang khởi động", "ReformDesk is starting");
        assertThat(notReached.getRequest()).as("the application was not reached").isNull();

        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        MockHttpServletResponse later = new MockHttpServletResponse();
        MockFilterChain reached = new MockFilterChain();
        gate.doFilter(new MockHttpServletRequest("GET", "/"), later, reached);
        assertThat(later.getStatus()).isEqualTo(200);
        assertThat(reached.getRequest()).as("the application was reached").isNotNull();

        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
        MockHttpServletResponse refused = new MockHttpServletResponse();
        gate.doFilter(new MockHttpServletRequest("GET", "/"), refused, new MockFilterChain());
        assertThat(refused.getStatus()).as("refusing again, e.g. while shutting down").isEqualTo(503);
    }
}
