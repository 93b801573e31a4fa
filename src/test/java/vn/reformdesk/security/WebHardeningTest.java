package vn.reformdesk.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.HttpSignIn;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Headers, the session cookie, health probes, API problems and error pages, seen from outside over HTTP. */
@DatabaseTest
class WebHardeningTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder api(String user, String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesCarryTheSecurityHeadersAndTheSessionCookieIsSameSite() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        var h = login.headers();
        assertThat(h.firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(h.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(h.firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(h.firstValue("Cache-Control")).get().asString().contains("no-store");
        assertThat(h.firstValue("X-Frame-Options")).contains("DENY");
        String cookie = h.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
    }

    @Test
    void healthAndReadinessAnswerWithoutSignInAndNothingElseIsExposed() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/env").statusCode()).isNotEqualTo(200);
        assertThat(get("/actuator/beans").statusCode()).isNotEqualTo(200);
    }

    @Test
    void everyApiErrorIsAJsonProblemWithAStatusThatMeansWhatItSays() throws Exception {
        // a missing parameter: 400, not an empty 403
        HttpResponse<String> missing = send(api("chair", "/api/dossiers/kpi?unit=89").GET().build());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertProblem(missing, 400);
        // a bad period: 400
        assertProblem(send(api("chair", "/api/dossiers/kpi?unit=89&period=0000").GET().build()), 400);
        // an unknown unit: 404
        assertProblem(send(api("chair", "/api/dossiers/kpi?unit=NOPE&period=2024").GET().build()), 404);
        // outside one's scope: 403, as a problem too
        assertProblem(send(api("anchau", "/api/dossiers/kpi?unit=892&period=2024").GET().build()), 403);
        // no sign-in: 401
        assertProblem(send(HttpRequest.newBuilder(uri("/api/dossiers/kpi?unit=89&period=2024")).GET().build()), 401);
        // a gzip body: 415
        HttpResponse<String> gzip = send(api("secretariat", "/api/dossiers").header("Content-Type", "text/csv")
                .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[]{0x1f, (byte) 0x8b, 8, 0})).build());
        assertProblem(gzip, 415);
        // JSON instead of CSV: 415
        assertProblem(send(api("secretariat", "/api/dossiers").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build()), 415);
        // a UTF-16 file, an unbalanced quote, year 0000: 422 with the line
        String header = "dossier_id,unit_code,desk_level,procedure_code,field,channel,service_level,received_at,"
                + "promised_date,resolved_at,outcome,supplement_days,apology_issued,apology_date\n";
        for (byte[] body : List.of(
                (header + "X-1,30589,COMMUNE,P1,LAND,ONLINE,FULL_ONLINE,2024-06-03 08:00,2024-06-10,,,0,false,\n").getBytes(Charset.forName("UTF-16")),
                (header + "X-2,30589,COMMUNE,\"P1,LAND,ONLINE,FULL_ONLINE,2024-06-03 08:00,2024-06-10,,,0,false,\n").getBytes(StandardCharsets.UTF_8),
                (header + "X-3,30589,COMMUNE,P1,LAND,ONLINE,FULL_ONLINE,0000-06-03 08:00,2024-06-10,,,0,false,\n").getBytes(StandardCharsets.UTF_8),
                (header + "X-4,30589,COMMUNE,P1,LAND,ONLINE,FULL_ONLINE,1900-06-03 08:00,1900-06-10,,,0,false,\n").getBytes(StandardCharsets.UTF_8),
                (header + "X-5,30589,COMMUNE,P1,LAND,ONLINE,FULL_ONLINE,2024-06-03 08:00,2024-06-10,2024-06-20 08:00,RESULT,0,true,2024-05-01\n").getBytes(StandardCharsets.UTF_8))) {
            HttpResponse<String> r = send(api("secretariat", "/api/dossiers").header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
            assertProblem(r, 422);
            assertThat(r.body()).contains("\"errors\"").contains("\"line\"");
        }
        // a year that has not come yet: 422 naming the line and the field
        HttpResponse<String> future = send(api("secretariat", "/api/dossiers").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(header
                        + "X-6,30589,COMMUNE,P1,LAND,ONLINE,FULL_ONLINE,2099-06-03 08:00,2099-06-10,,,0,false,\n")).build());
        assertProblem(future, 422);
        assertThat(future.body()).contains("\"line\":2").contains("received_at").contains("2099-06-03");
    }

    @Test
    void apiErrorsSpeakTheRequestsLanguageAndCarryTheirKey() throws Exception {
        // no Accept-Language: Vietnamese
        HttpResponse<String> vi = send(api("chair", "/api/dossiers/kpi?unit=89&period=2024-X9").GET().build());
        assertProblem(vi, 400);
        assertThat(vi.body()).contains("\"key\":\"dossiers.api.bad-period\"")
                .contains("Kỳ báo cáo “2024-X9” không hợp lệ").doesNotContain("bad period");
        HttpResponse<String> en = send(api("chair", "/api/dossiers/kpi?unit=89&period=2024-X9").header("Accept-Language", "en-GB,en;q=0.8").GET().build());
        assertProblem(en, 400);
        assertThat(en.body()).contains("\"key\":\"dossiers.api.bad-period\"").contains("The period “2024-X9” is not valid");
        HttpResponse<String> viExplicit = send(api("chair", "/api/dossiers/kpi?unit=89&period=2024-X9").header("Accept-Language", "vi-VN").GET().build());
        assertThat(viExplicit.body()).contains("Kỳ báo cáo “2024-X9” không hợp lệ");
        // an unknown unit and a unit outside one's scope
        HttpResponse<String> unknown = send(api("chair", "/api/dossiers/kpi?unit=NOPE&period=2024").GET().build());
        assertProblem(unknown, 404);
        assertThat(unknown.body()).contains("\"key\":\"dossiers.api.unknown-unit\"").contains("Không có đơn vị mã “NOPE”");
        HttpResponse<String> denied = send(api("anchau", "/api/dossiers/kpi?unit=892&period=2024").header("Accept-Language", "en").GET().build());
        assertProblem(denied, 403);
        assertThat(denied.body()).contains("\"key\":\"error.access-denied\"").doesNotContain("access denied");
        // a compressed body, in Vietnamese
        HttpResponse<String> gzip = send(api("secretariat", "/api/dossiers").header("Content-Type", "text/csv")
                .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[]{0x1f, (byte) 0x8b, 8, 0})).build());
        assertProblem(gzip, 415);
        assertThat(gzip.body()).contains("\"key\":\"dossiers.api.compressed\"").contains("Không nhận nội dung nén");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        String auth = Base64.getEncoder().encodeToString("secretariat:demo1234".getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket("localhost", port)) {
            // the answer's headers must come at once; the connection itself may stay open until the server's timeout
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            // announces 100 GB and sends nothing: the answer must come without waiting for the body
            out.write(("POST /api/dossiers HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth + "\r\n"
                    + "Content-Type: text/csv\r\nContent-Length: 107374182400\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            int n;
            while (!answer.toString().contains("\r\n\r\n") && (n = in.read(buffer)) > 0) {
                answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
            assertThat(answer.toString()).startsWith("HTTP/1.1 413").contains("application/problem+json");
        }
    }

    @Test
    void aPageWithAnImpossiblePeriodShowsAMessageAndNoStackTrace() throws Exception {
        HttpClient browser = HttpSignIn.newClient();
        HttpResponse<String> signedIn = HttpSignIn.signIn(browser, port, "chair", "demo1234");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/dossiers?unit=89&period=1990")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).doesNotContain("at vn.reformdesk").doesNotContain("Exception").doesNotContain("DateTimeException");
        assertThat(page.statusCode()).isIn(200, 400);
    }

    @Test
    void aLoginPostWithoutTheCsrfTokenIsRefusedAndWithItSucceeds() throws Exception {
        HttpClient withoutToken = HttpSignIn.newClient();
        withoutToken.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.discarding());
        // refused: 403, or sent back to the sign-in page; never into the app (the password is right)
        HttpResponse<String> refused = HttpSignIn.post(withoutToken, port, "chair", "demo1234", "");
        assertRefusedSignIn(refused);
        // a forged token is refused too
        HttpResponse<String> forged = HttpSignIn.post(withoutToken, port, "chair", "demo1234", "_csrf=forged");
        assertRefusedSignIn(forged);
        // the session is still anonymous: a page sends the visitor to the login
        HttpResponse<String> page = withoutToken.send(HttpRequest.newBuilder(uri("/plans")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("/login");

        HttpClient withToken = HttpSignIn.newClient();
        HttpResponse<String> accepted = HttpSignIn.signIn(withToken, port, "chair", "demo1234");
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location").orElse("")).doesNotContain("error").doesNotContain("login");
    }

    private static void assertRefusedSignIn(HttpResponse<String> r) {
        String location = r.headers().firstValue("Location").orElse("");
        assertThat(r.statusCode() == 403 || r.statusCode() == 401 || (r.statusCode() == 302 && location.contains("/login")))
                .as("status " + r.statusCode() + ", Location " + location).isTrue();
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(r.body()).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"status\":" + status).contains("\"title\"");
    }
}
