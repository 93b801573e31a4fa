package vn.reformdesk.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab of a signed-in user, driven over HTTP with Vaadin Flow's own client protocol (what
 * {@code Flow.js} and the Flow client send), without a browser:
 * <ol>
 *   <li>{@code GET /<route>?<query>}: the bootstrap page;</li>
 *   <li>{@code GET ?v-r=init&location=..&query=..}: creates the UI, answers its id, the security key and the
 *   first changes;</li>
 *   <li>{@code POST ?v-r=uidl&v-uiId=..} with {@code {csrfToken, rpc, syncId, clientId}}: every later round trip.
 *   A navigation (the first render of the page, a menu link, a grid row that drills down, all of which end in
 *   {@code UI.navigate}) is the {@code ui-navigate} event on the UI's root node that {@code Flow.js} sends.</li>
 * </ol>
 * Each answer is checked as the client checks it: status 200, JSON, the next sync id, no session expiry and no
 * error meta. Anything else is an {@link Failure}.
 */
final class FlowTab {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /** A side navigation entry in the render: the layout writes them as markup, {@code <vaadin-side-nav-item path="...">}. */
    private static final Pattern MENU_PATH = Pattern.compile("vaadin-side-nav-item path=\\\\\"([^\\\\\"]*)\\\\\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** An answer the real client would treat as an error. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    private final HttpClient http;
    private final String base;
    private int uiId = -1;
    private String securityKey;
    private int syncId;
    private int clientId;
    private int historyIndex;
    private final Set<String> menu = new LinkedHashSet<>();

    FlowTab(HttpClient http, int port) {
        this.http = http;
        this.base = "http://localhost:" + port + "/";
    }

    /** Loads the page as a browser does (bootstrap page, UI init, first render); answers the render's size in bytes. */
    int open(String route, String query) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + route + (query.isEmpty() ? "" : "?" + query)))
                .timeout(TIMEOUT).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200 || !page.body().contains("window.Vaadin")) {
            throw new Failure("page " + route + " answered " + page.statusCode());
        }
        String init = base + "?v-r=init&location=" + enc(route) + "&query=" + enc(query)
                + "&v-sw=1440&v-sh=900&v-ww=1440&v-wh=900&v-bw=1440&v-bh=900&v-tzid=" + enc("Asia/Ho_Chi_Minh")
                + "&v-tzo=-420&v-rtzo=-420&v-dstd=0&v-dston=false&v-curdate=" + System.currentTimeMillis()
                + "&v-td=false&v-pr=1&v-np=Linux";
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(init)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new Failure("init of " + route + " answered " + answer.statusCode());
        }
        JsonNode config = JSON.readTree(answer.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (config.path("v-uiId").isMissingNode() || uidl.path("Vaadin-Security-Key").isMissingNode()) {
            throw new Failure("init of " + route + " carries no UI: " + abbreviate(answer.body()));
        }
        uiId = config.path("v-uiId").asInt();
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = 0;
        historyIndex = 0;
        return navigate(route, query, "");
    }

    /** A navigation inside the open UI (menu link, drill-down); answers the answer's size in bytes. */
    int navigate(String route, String query, String trigger) throws Exception {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", historyIndex++);
        data.put("trigger", trigger);
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", 1);
        rpc.put("event", "ui-navigate");
        rpc.set("data", data);
        int size = send(List.of(rpc));
        settle();
        return size;
    }

    /**
     * What a browser sends right after every render: the new page's web components report their first property
     * values and events (an app layout its drawer and overlay state, a combo box its value, a grid the rows it shows),
     * in one message whose small answer the server then keeps as the last one (for a resend) instead of the render's.
     * Measured in Chromium on 1 December 2026: a 74 KB render, then this message and a 346-byte answer. Sent here
     * without the reports, which the server answers with no change.
     */
    private void settle() throws Exception {
        send(List.of());
    }

    /** What the client sends every heartbeat interval, so that the UI is not closed as abandoned. */
    void heartbeat() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "?v-r=heartbeat&v-uiId=" + uiId))
                .timeout(TIMEOUT).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new Failure("heartbeat answered " + answer.statusCode());
        }
    }

    /** The side menu's links as the server rendered them (route?query), from the first page. */
    List<String> menu() {
        return new ArrayList<>(menu);
    }

    private int send(List<ObjectNode> rpcs) throws Exception {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        var array = message.putArray("rpc");
        rpcs.forEach(array::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                        .timeout(TIMEOUT).header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new Failure("round trip answered " + answer.statusCode() + ": " + abbreviate(answer.body()));
        }
        String body = answer.body();
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode json = JSON.readTree(body);
        if (json.isArray()) {
            json = json.get(0);
        }
        JsonNode meta = json.path("meta");
        if (meta.has("sessionExpired") || meta.has("appError") || json.has("redirect")) {
            throw new Failure("round trip answered " + abbreviate(body));
        }
        if (body.contains("\"value\":\"error-message\"")) {
            // the error page (ServerErrorView) instead of the page asked for: the user sees an error
            throw new Failure("the error page was shown: " + abbreviate(body));
        }
        if (!json.has("syncId") || json.path("syncId").asInt() != syncId + 1) {
            throw new Failure("out of sync: sent " + syncId + ", answered " + abbreviate(body));
        }
        syncId = json.path("syncId").asInt();
        clientId = json.path("clientId").asInt(clientId + 1);
        if (menu.isEmpty()) {
            Matcher m = MENU_PATH.matcher(body);
            while (m.find()) {
                menu.add(m.group(1).replace("&amp;", "&"));
            }
        }
        return body.length();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
