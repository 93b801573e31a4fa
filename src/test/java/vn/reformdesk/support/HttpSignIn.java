package vn.reformdesk.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in over plain HTTP the way the login form does: load {@code /login} (which carries the CSRF token in
 * {@code <meta name="_csrf">}), then post the form with that token.
 */
public final class HttpSignIn {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    private HttpSignIn() {
    }

    /** A client with its own cookies that follows no redirects. */
    public static HttpClient newClient() {
        return newClient(new CookieManager());
    }

    /** The same, keeping its cookies in the given manager. */
    public static HttpClient newClient(CookieManager cookies) {
        return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The login form's CSRF parameter name and token, read from the login page. */
    public record Token(String parameter, String value) {
    }

    public static Token token(HttpClient client, int port) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String parameter = null;
        String value = null;
        Matcher m = META.matcher(page);
        while (m.find()) {
            if (m.group(1).equals("_csrf")) {
                value = m.group(2);
            } else {
                parameter = m.group(2);
            }
        }
        if (parameter == null || value == null) {
            throw new IllegalStateException("the login page carries no CSRF token");
        }
        return new Token(parameter, value);
    }

    /** Posts the login form with the token; returns the answer (302 to the app, or to /login?error). */
    public static HttpResponse<String> signIn(HttpClient client, int port, String username, String password) throws Exception {
        Token token = token(client, port);
        return post(client, port, username, password, token.parameter() + "=" + URLEncoder.encode(token.value(), StandardCharsets.UTF_8));
    }

    /**
     * Signs in with a fresh client and returns the signed-in session's cookie (to hand to a browser); fails when the
     * sign-in is refused.
     */
    public static java.net.HttpCookie sessionCookie(int port, String username, String password) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpResponse<String> answer = signIn(newClient(cookies), port, username, password);
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException(username + " could not sign in: " + answer.statusCode() + " " + location);
        }
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie after signing in " + username));
    }

    /** Posts the login form with the given extra form fields (none: no token). */
    public static HttpResponse<String> post(HttpClient client, int port, String username, String password, String extra) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (extra == null || extra.isEmpty() ? "" : "&" + extra);
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
