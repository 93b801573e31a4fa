package vn.reformdesk.dossiers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.reformdesk.support.DatabaseTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The push endpoint over real HTTP with the demo users: authentication, roles, scope, all-or-nothing, re-sends. */
@DatabaseTest
class DossierApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        return send(user, method, path, body, "en");
    }

    private HttpResponse<String> send(String user, String method, String path, String body, String language) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (language != null) {
            b.header("Accept-Language", language);
        }
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8)));
        }
        if (method.equals("POST")) {
            b.header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.GET();
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aOneStopSystemPushesBatchesThatAreAllOrNothingAndIdempotent() throws Exception {
        String csv = DossierCsv.HEADER + "\n"
                + "API-1,30589,COMMUNE,P1,LAND,ONLINE,FULL_ONLINE,2024-06-03 08:00,2024-06-10,2024-06-12 09:00,RESULT,0,true,2024-06-14\n"
                + "API-2,30589,COMMUNE,P1,LAND,IN_PERSON,NONE,2024-06-03 08:00,2024-06-10,2024-06-07 09:00,RESULT,0,false,\n";
        HttpResponse<String> anonymous = send(null, "POST", "/api/dossiers", csv);
        assertThat(anonymous.statusCode()).as("%s", anonymous.headers().map()).isEqualTo(401);
        assertThat(send("anchau", "POST", "/api/dossiers", csv).statusCode()).isEqualTo(403);

        HttpResponse<String> ok = send("secretariat", "POST", "/api/dossiers", csv);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"rows\":2").contains("\"replaced\":0");
        HttpResponse<String> again = send("secretariat", "POST", "/api/dossiers", csv);
        assertThat(again.body()).contains("\"replaced\":2");

        HttpResponse<String> bad = send("secretariat", "POST", "/api/dossiers", csv + "API-3,99999,COMMUNE,P1,LAND,ONLINE,NONE,2024-06-03 08:00,2024-06-10,,,0,false,\n");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"line\":4").contains("unknown unit code");
        assertThat(jdbc.queryForObject("select count(*) from dossier where id like 'API-%'", Long.class)).isEqualTo(2);
    }

    @Test
    void aRefusedPushAnswersInTheRequestsLanguageVietnameseByDefaultWithTheKey() throws Exception {
        String csv = DossierCsv.HEADER + "\n"
                + "API-9,99999,COMMUNE,P1,LAND,ONLINE,NONE,2024-06-03 08:00,2024-06-10,,,0,false,\n";
        HttpResponse<String> vietnamese = send("secretariat", "POST", "/api/dossiers", csv, null);
        assertThat(vietnamese.statusCode()).isEqualTo(422);
        assertThat(vietnamese.body()).contains("không có đơn vị mã '99999'").contains("\"key\":\"dossiers.import.error.unit-unknown\"")
                .doesNotContain("unknown unit code");
        HttpResponse<String> english = send("secretariat", "POST", "/api/dossiers", csv, "en-US,en;q=0.9");
        assertThat(english.body()).contains("unknown unit code '99999'").contains("\"key\":\"dossiers.import.error.unit-unknown\"");
    }

    @Test
    void theReadSideKeepsALeaderInsideTheirSubtree() throws Exception {
        HttpResponse<String> own = send("chauthanh", "GET", "/api/dossiers/kpi?unit=892&period=2019-9M", null);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"unit\":\"892\"").contains("\"unexplained\":321");
        assertThat(send("chauthanh", "GET", "/api/dossiers/kpi?unit=30589&period=2024", null).statusCode()).isEqualTo(200);
        assertThat(send("chauthanh", "GET", "/api/dossiers/kpi?unit=89&period=2024", null).statusCode()).isEqualTo(403);
        assertThat(send("chauthanh", "GET", "/api/dossiers/kpi?unit=883&period=2024", null).statusCode()).isEqualTo(403);
        assertThat(send("anchau", "GET", "/api/dossiers/kpi?unit=892&period=2024", null).statusCode()).isEqualTo(403);
        assertThat(send("chair", "GET", "/api/dossiers/kpi?unit=89&period=2024", null).statusCode()).isEqualTo(200);
    }
}
