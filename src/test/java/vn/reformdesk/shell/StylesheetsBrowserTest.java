package vn.reformdesk.shell;

import org.junit.jupiter.api.Test;
import vn.reformdesk.support.BrowserTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one stylesheet: every stylesheet a page links (and every one it imports) answers 200 as text/css, before
 * sign-in and signed in; the feature styles apply on the pages that use them; no page writes its own
 * {@code <style>} element.
 */
class StylesheetsBrowserTest extends BrowserTest {

    /** Every stylesheet the page uses, with those they import, as absolute URLs. */
    private static final String SHEETS = """
            const urls = new Set();
            document.querySelectorAll('link[rel=stylesheet]').forEach(l => urls.add(l.href));
            const walk = sheet => {
              if (sheet.href) urls.add(sheet.href);
              let rules = [];
              try { rules = sheet.cssRules; } catch (e) { return; }
              for (const r of rules) { if (r.styleSheet) walk(r.styleSheet); }
            };
            for (const s of document.styleSheets) walk(s);
            return [...urls].filter(u => u.startsWith(location.origin));
            """;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @SuppressWarnings("unchecked")
    private Set<String> sheets() {
        waitForVaadin();
        return new LinkedHashSet<>((List<String>) js(SHEETS));
    }

    private List<String> problems(Set<String> urls, String cookie) throws Exception {
        List<String> problems = new ArrayList<>();
        for (String url : urls) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (answer.statusCode() != 200 || !type.startsWith("text/css")) {
                problems.add(url + " answered " + answer.statusCode() + " " + type);
            }
        }
        return problems;
    }

    @Test
    void everyStylesheetAnswersBeforeAndAfterSignInAndTheFeatureStylesApply() throws Exception {
        clearCookies();
        open("login");
        Set<String> beforeSignIn = sheets();
        assertThat(beforeSignIn).as("the login page links the application stylesheet")
                .anyMatch(u -> URI.create(u).getPath().equals("/styles.css"));
        assertThat(problems(beforeSignIn, null)).as("stylesheets of the login page, before sign-in").isEmpty();
        assertThat(js("return getComputedStyle(document.querySelector('.login-view')).backgroundImage;"))
                .asString().contains("gradient");

        signIn("secretariat");
        Set<String> signedIn = new LinkedHashSet<>();
        open("dossiers?unit=892&period=2019-9M");
        waitFor(org.openqa.selenium.By.id("dossier-tiles"));
        signedIn.addAll(sheets());
        assertThat(js("return getComputedStyle(document.getElementById('dossier-tiles')).display;")).isEqualTo("grid");

        open("rankings");
        waitFor(org.openqa.selenium.By.id("rk-tiers"));
        signedIn.addAll(sheets());
        assertThat(js("return getComputedStyle(document.getElementById('rk-tiers')).display;")).isEqualTo("flex");

        open("inspections/calendar?unit=89");
        waitFor(org.openqa.selenium.By.cssSelector(".insp-calendar"));
        signedIn.addAll(sheets());
        assertThat(js("return getComputedStyle(document.querySelector('.insp-calendar')).display;")).isEqualTo("grid");
        assertThat(js("return document.querySelectorAll('body style').length;")).as("no inline <style> in the page")
                .isEqualTo(0L);

        open("plans?unit=892");
        waitFor(org.openqa.selenium.By.id("plans-progress"));
        signedIn.addAll(sheets());
        assertThat(js("return getComputedStyle(document.querySelector('.plans-progress-bar')).overflow;")).isEqualTo("hidden");

        String cookie = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        assertThat(cookie).contains("JSESSIONID");
        assertThat(problems(signedIn, cookie)).as("stylesheets of the signed-in pages").isEmpty();
        // the feature stylesheets of before are gone: one stylesheet of our own
        assertThat(signedIn.stream().map(u -> URI.create(u).getPath()).filter(p -> !p.startsWith("/VAADIN/")
                && !p.startsWith("/lumo/") && !p.startsWith("/aura/"))).containsOnly("/styles.css");
    }
}
