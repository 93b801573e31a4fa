package vn.reformdesk.load;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;

import java.util.function.Consumer;

/** The HTTP sessions of the test's own Tomcat, and the Vaadin UIs in them, read as the server holds them. */
final class ServerSessions {

    private ServerSessions() {
    }

    static Context tomcat(ApplicationContext context) {
        TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
        for (Container child : server.getTomcat().getHost().findChildren()) {
            if (child instanceof Context c) {
                return c;
            }
        }
        throw new IllegalStateException("no Tomcat context");
    }

    /** Runs the action on each UI of the session, with its Vaadin session locked. */
    static void forEachUi(Session session, Consumer<UI> action) {
        var http = session.getSession();
        for (var names = http.getAttributeNames(); names.hasMoreElements(); ) {
            if (http.getAttribute(names.nextElement()) instanceof VaadinSession vaadin) {
                vaadin.lock();
                try {
                    vaadin.getUIs().forEach(action);
                } finally {
                    vaadin.unlock();
                }
            }
        }
    }
}
