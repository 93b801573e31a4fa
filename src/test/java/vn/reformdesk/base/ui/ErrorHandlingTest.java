package vn.reformdesk.base.ui;

import com.vaadin.flow.server.ErrorEvent;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser that leaves while its answer is written (it opened another page, or the tab was closed) is not an error
 * of the server: it used to be logged as "Unexpected error" with a stack trace, once per hurried click.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorHandlingTest {

    @Test
    void aBrowserThatWentAwayIsNotLoggedAsAnError(CapturedOutput output) {
        ErrorHandling.handle(new ErrorEvent(new RuntimeException(new ClientAbortException(new IOException("Broken pipe")))));
        ErrorHandling.handle(new ErrorEvent(new IOException("Connection reset by peer")));
        assertThat(output.getAll()).doesNotContain("Unexpected error").doesNotContain("Broken pipe");
    }

    @Test
    void anyOtherFailureIsLoggedAsAnError(CapturedOutput output) {
        ErrorHandling.handle(new ErrorEvent(new RuntimeException(new IOException("Disk full"))));
        assertThat(output.getAll()).contains("Unexpected error").contains("Disk full");
    }

    /**
     * An IllegalStateException or IllegalArgumentException is a fault of the application, not a refusal: it was logged
     * at INFO as "Rejected" and its English text was shown to the user.
     */
    @Test
    void anIllegalStateIsAFaultLoggedInFullNotARefusal(CapturedOutput output) {
        ErrorHandling.handle(new ErrorEvent(new IllegalStateException("briefing pack failed")));
        assertThat(output.getAll()).contains("Unexpected error").contains("briefing pack failed").doesNotContain("Rejected");
    }
}
