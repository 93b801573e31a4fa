package vn.reformdesk.base.ui;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.streams.DownloadEvent;

import java.io.IOException;
import java.util.Map;

/**
 * A download is answered in a request of its own, in which Vaadin has no current UI. A component's
 * {@code getTranslation} and {@code getLocale} then fall back to the default language: an English page's Excel came
 * out in Vietnamese. Every download handler that writes words runs its work here, with the page's UI as the current
 * one, so that the file speaks the page's language.
 */
public final class DownloadContext {

    /** Work that writes a download and may fail on its output. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws IOException;
    }

    private DownloadContext() {
    }

    /** Runs the work with the download's UI as the current one, and returns what it returns. */
    public static <T> T inPage(DownloadEvent event, Work<T> work) throws IOException {
        Map<Class<?>, CurrentInstance> before = CurrentInstance.setCurrent(event.getUI());
        try {
            return work.run();
        } finally {
            CurrentInstance.restoreInstances(before);
        }
    }
}
