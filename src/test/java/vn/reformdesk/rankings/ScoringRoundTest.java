package vn.reformdesk.rankings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.UserFacingException;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.reformdesk.security.Roles;
import vn.reformdesk.security.UserService;
import vn.reformdesk.support.AsUser;
import vn.reformdesk.support.DatabaseTest;
import vn.reformdesk.support.TestClock;
import vn.reformdesk.support.TestUnits;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitTier;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A whole scoring round on the service level. Index max 10 points (POINTS): area 1 = 1.1 (4) + 1.2 (3);
 * area 2 = 2.1 (3, survey). Two districts self-score: D1 with PDF evidence, D2 with a written explanation.
 */
@DatabaseTest
class ScoringRoundTest {

    private static final Locale VI = Locale.of("vi");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    IndexService indexes;
    @Autowired
    RankingService rankings;
    @Autowired
    ScoringRoundService rounds;
    @Autowired
    ScoringRoundQueries queries;
    @Autowired
    vn.reformdesk.units.UnitService unitService;
    @Autowired
    TestUnits testUnits;
    @Autowired
    TestClock clock;
    @Autowired
    UserService users;
    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private IndexDef index(TestUnits.Tree t) {
        return AsUser.call(AsUser.secretariat(), () -> {
            IndexDef index = indexes.define(t.province().id(), new IndexService.NewIndex("PAR-R", 2025, "Chỉ số CCHC cấp huyện", null,
                    Set.of(UnitTier.DISTRICT), Scale.POINTS, RankingsDemoData.BANDS));
            indexes.defineCriteria(index.id(), List.of(
                    new IndexService.CriterionRow(2, "1", "Công tác chỉ đạo, điều hành", null, d("7"), false),
                    new IndexService.CriterionRow(3, "1.1", "Ban hành kế hoạch cải cách hành chính năm đúng hạn", null, d("4"), false),
                    new IndexService.CriterionRow(4, "1.2", "Báo cáo cải cách hành chính định kỳ", null, d("3"), false),
                    new IndexService.CriterionRow(5, "2", "Tác động", null, d("3"), false),
                    new IndexService.CriterionRow(6, "2.1", "Sự hài lòng của người dân", null, d("3"), true)));
            rounds.open(index.id(), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 20));
            // the survey part comes from the sociological survey, imported by the secretariat
            indexes.saveScores(index.id(), List.of(
                    new IndexService.ScoreRow(2, t.district(0).code(), "2.1", null, null, d("2.5")),
                    new IndexService.ScoreRow(3, t.district(1).code(), "2.1", null, null, d("2"))));
            return indexes.get(index.id());
        });
    }

    private static long leaf(IndexDef index, IndexService service, String code) {
        return AsUser.call(AsUser.chair(), () -> service.tree(index.id()).byCode(code).orElseThrow().id());
    }

    @Test
    void aWholeRoundEndsInAPublishedRankingOfAppraisedFigures() {
        TestUnits.Tree t = testUnits.province(2, 0, 0);
        UnitRef d1 = t.district(0);
        UnitRef d2 = t.district(1);
        IndexDef index = index(t);
        long c11 = leaf(index, indexes, "1.1");
        long c12 = leaf(index, indexes, "1.2");
        clock.setToday(LocalDate.of(2026, 1, 10));

        // D1: points with PDF evidence; D2: points with written explanations
        Evidence pdf = AsUser.call(AsUser.leaderOf(d1), () -> {
            rounds.saveSelf(index.id(), d1.id(), c11, d("4"), null);
            rounds.saveSelf(index.id(), d1.id(), c12, d("3"), null);
            Evidence e = rounds.attach(index.id(), d1.id(), c11, "ke-hoach.pdf", PDF);
            rounds.attach(index.id(), d1.id(), c12, "bao-cao.pdf", PDF);
            return e;
        });
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(pdf.sha256()).isEqualTo(EvidenceRules.sha256(PDF)).hasSize(64);
        AsUser.run(AsUser.leaderOf(d2), () -> {
            rounds.saveSelf(index.id(), d2.id(), c11, d("4"), null);
            // submitting without evidence or explanation is refused, naming the criteria
            assertThatThrownBy(() -> rounds.submit(index.id(), d2.id())).isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("rankings.round.submit-missing-points"));
            rounds.saveSelf(index.id(), d2.id(), c12, d("2"), null);
            assertThatThrownBy(() -> rounds.submit(index.id(), d2.id())).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("1.1, 1.2");
            rounds.saveSelf(index.id(), d2.id(), c11, d("4"), "Kế hoạch số 12/KH-UBND ngày 10/01/2025, đăng trên cổng thông tin huyện");
            rounds.saveSelf(index.id(), d2.id(), c12, d("2"), "Đủ 4 báo cáo quý, gửi qua hệ thống văn bản điện tử");
            // another unit's sheet is not D2's to fill in
            assertThatThrownBy(() -> rounds.saveSelf(index.id(), d1.id(), c11, d("1"), "x")).isInstanceOf(AccessDeniedException.class);
        });
        AsUser.run(AsUser.secretariat(), () -> {
            var board = queries.board(indexes.get(index.id()));
            assertThat(board).extracting(RoundProgress::status).containsExactly(RoundStatus.DRAFTING, RoundStatus.DRAFTING);
            assertThat(board).extracting(RoundProgress::withoutEvidence).containsExactly(0, 2);
        });
        AsUser.run(AsUser.leaderOf(d1), () -> rounds.submit(index.id(), d1.id()));
        AsUser.run(AsUser.leaderOf(d2), () -> rounds.submit(index.id(), d2.id()));
        AsUser.run(AsUser.leaderOf(d2), () -> assertThatThrownBy(() -> rounds.saveSelf(index.id(), d2.id(), c12, d("3"), "x"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("already-submitted"));

        // publishing with a unit unappraised is refused, naming it
        clock.setToday(LocalDate.of(2026, 2, 2));
        CurrentAppraiser appraiser = new CurrentAppraiser();
        AsUser.run(appraiser.user, () -> {
            rounds.acceptRest(index.id(), d1.id());
            rounds.appraise(index.id(), d2.id(), c11, null, null);
            assertThatThrownBy(() -> rounds.appraise(index.id(), d2.id(), c12, d("1"), " ")).isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).field()).isEqualTo("reason"));
        });
        AsUser.run(AsUser.secretariat(), () -> assertThatThrownBy(() -> indexes.publish(index.id(), indexes.get(index.id()).version()))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).message(VI)).contains(d2.name()).doesNotContain(d1.name())));

        // the appraiser lowers D2's 1.2 with a reason; D2 answers once with new evidence; the appraiser decides
        AsUser.run(appraiser.user, () -> rounds.appraise(index.id(), d2.id(), c12, d("1"), "Thiếu báo cáo quý IV"));
        AsUser.run(AsUser.leaderOf(d2), () -> {
            rounds.attach(index.id(), d2.id(), c12, "bao-cao-quy-4.pdf", PDF);
            rounds.answer(index.id(), d2.id(), c12, "Báo cáo quý IV gửi ngày 28/12, kèm theo");
            assertThatThrownBy(() -> rounds.answer(index.id(), d2.id(), c12, "lần hai")).isInstanceOf(UserFacingException.class);
        });
        AsUser.run(AsUser.secretariat(), () -> assertThat(queries.board(indexes.get(index.id())))
                .extracting(RoundProgress::status).containsExactly(RoundStatus.APPRAISED, RoundStatus.ANSWERED));
        AsUser.run(appraiser.user, () -> rounds.decide(index.id(), d2.id(), c12, d("1.5"), "Báo cáo quý IV gửi muộn: chấm một nửa"));

        AsUser.run(AsUser.secretariat(), () -> indexes.publish(index.id(), indexes.get(index.id()).version()));
        IndexDef published = AsUser.call(AsUser.chair(), () -> indexes.get(index.id()));
        RankingService.Ranking r = AsUser.call(AsUser.leaderOf(d2), () -> rankings.ranking(published, UnitTier.DISTRICT, t.province()));
        // D1 = 4 + 3 + 2.5 = 9.5; D2 = 4 + 1.5 (appraised, not its self-assessed 2) + 2 = 7.5
        assertThat(r.rows()).extracting(row -> row.unit().code()).containsExactly(d1.code(), d2.code());
        assertThat(r.rows()).extracting(RankingService.RankingRow::score).containsExactly(d("9.50"), d("7.50"));
        var lost = AsUser.call(AsUser.leaderOf(d2), () -> rankings.lostPoints(published, unitService.readable(d2)));
        assertThat(lost.getFirst().criterion().code()).isEqualTo("1.2");
        assertThat(lost.getFirst().points()).isEqualByComparingTo("1.5");

        // every step is in the history
        var history = AsUser.call(AsUser.leaderOf(d2), () -> queries.history(published, unitService.readable(d2)));
        assertThat(history).extracting(RoundStep::step).contains("SELF", "SUBMIT", "APPRAISE_ACCEPT", "APPRAISE_CHANGE", "EVIDENCE", "ANSWER",
                "DECIDE_CHANGE");
        assertThat(history).filteredOn(s -> s.step().equals("APPRAISE_CHANGE")).singleElement()
                .satisfies(s -> assertThat(s.note()).isEqualTo("Thiếu báo cáo quý IV"));
        var sheet = AsUser.call(AsUser.leaderOf(d2), () -> queries.sheet(published, unitService.readable(d2)));
        assertThat(sheet.get(1).appraisal()).isEqualTo("CHANGED");
        assertThat(sheet.get(1).decision()).isEqualTo("CHANGED");
        assertThat(sheet.get(1).evidence()).extracting(Evidence::stage).containsExactly("ANSWER");
    }

    @Test
    void aUnitNotScoredShowsAsNotScoredAndMustBeLeftOutWithAReasonBeforePublication() {
        TestUnits.Tree t = testUnits.province(3, 0, 0);
        IndexDef index = index(t);
        AsUser.run(AsUser.secretariat(), () -> {
            indexes.saveScores(index.id(), List.of(
                    new IndexService.ScoreRow(2, t.district(0).code(), "1.1", d("4"), d("4"), null),
                    new IndexService.ScoreRow(3, t.district(0).code(), "1.2", d("3"), d("2"), null),
                    new IndexService.ScoreRow(4, t.district(1).code(), "1.1", d("3"), d("3"), null),
                    new IndexService.ScoreRow(5, t.district(1).code(), "1.2", d("3"), d("3"), null)));
            RankingService.Ranking draft = rankings.ranking(indexes.get(index.id()), UnitTier.DISTRICT, t.province());
            assertThat(draft.rows()).hasSize(2);
            assertThat(draft.unranked()).singleElement().satisfies(u -> {
                assertThat(u.unit().id()).isEqualTo(t.district(2).id());
                assertThat(u.leftOut()).isFalse();
            });
            assertThatThrownBy(() -> indexes.publish(index.id(), indexes.get(index.id()).version()))
                    .isInstanceOf(UserFacingException.class).satisfies(e -> assertThat(((UserFacingException) e).message(VI))
                            .contains(t.district(2).name()).contains("1 đơn vị"));
            assertThatThrownBy(() -> rounds.leaveOut(index.id(), t.district(2).id(), "")).isInstanceOf(UserFacingException.class);
            rounds.leaveOut(index.id(), t.district(2).id(), "Mới thành lập tháng 10");
            indexes.publish(index.id(), indexes.get(index.id()).version());
        });
        IndexDef published = AsUser.call(AsUser.chair(), () -> indexes.get(index.id()));
        RankingService.Ranking r = AsUser.call(AsUser.leaderOf(t.district(0)), () -> rankings.ranking(published, UnitTier.DISTRICT, t.province()));
        assertThat(r.rows()).hasSize(2);
        assertThat(r.unranked()).singleElement().satisfies(u -> assertThat(u.reason()).isEqualTo("Mới thành lập tháng 10"));
    }

    @Test
    void badEvidenceIsRefusedWithAClearMessageAndOtherUnitsEvidenceCannotBeRead() throws IOException {
        TestUnits.Tree t = testUnits.province(2, 1, 0);
        UnitRef d1 = t.district(0);
        IndexDef index = index(t);
        long c11 = leaf(index, indexes, "1.1");
        clock.setToday(LocalDate.of(2026, 1, 10));
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 78, stub.length);
        byte[] html = "<!DOCTYPE html><html><head><script>alert(1)</script></head><body>x</body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);

        Evidence kept = AsUser.call(AsUser.leaderOf(d1), () -> {
            assertRefused(() -> rounds.attach(index.id(), d1.id(), c11, "trong.pdf", new byte[0]), "rankings.evidence.empty", "trong.pdf");
            assertRefused(() -> rounds.attach(index.id(), d1.id(), c11, "lon.pdf", big), "rankings.evidence.too-large", "lon.pdf");
            assertRefused(() -> rounds.attach(index.id(), d1.id(), c11, "chuong-trinh.pdf", exe), "rankings.evidence.type", "chuong-trinh.pdf");
            assertRefused(() -> rounds.attach(index.id(), d1.id(), c11, "trang.html", html), "rankings.evidence.type", "trang.html");
            assertRefused(() -> rounds.attach(index.id(), d1.id(), c11, "trang.pdf", html), "rankings.evidence.type", "trang.pdf");
            // a folder in the name is dropped; office documents and images pass
            Evidence docx = rounds.attach(index.id(), d1.id(), c11, "../../etc/bien-ban.docx", docx());
            assertThat(docx.fileName()).isEqualTo("bien-ban.docx");
            assertThat(docx.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            return rounds.attach(index.id(), d1.id(), c11, "anh.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d});
        });
        assertThat(kept.mediaType()).isEqualTo("image/png");
        AsUser.run(AsUser.leaderOf(d1), () -> assertThat(queries.sheet(indexes.get(index.id()), unitService.readable(d1)).getFirst().evidence()).hasSize(2));

        // the file's own leader, a leader above it and the committee read it; a leader of another unit never does
        AsUser.run(AsUser.leaderOf(d1), () -> assertThat(queries.evidence(kept.id()).content()).hasSize(12));
        AsUser.run(AsUser.leaderOf(t.province()), () -> assertThat(queries.evidence(kept.id()).evidence().sha256()).isEqualTo(kept.sha256()));
        AsUser.run(AsUser.chair(), () -> assertThat(queries.evidence(kept.id()).content()).hasSize(12));
        AsUser.run(AsUser.leaderOf(t.district(1)), () -> assertThatThrownBy(() -> queries.evidence(kept.id())).isInstanceOf(AccessDeniedException.class));
        AsUser.run(AsUser.leaderOf(t.commune(1, 0)), () -> {
            assertThatThrownBy(() -> queries.evidence(kept.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> queries.sheet(indexes.get(index.id()), unitService.readable(d1))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> queries.board(indexes.get(index.id()))).isInstanceOf(AccessDeniedException.class);
        });
        // a leader above the unit reads but does not self-assess for it
        AsUser.run(AsUser.leaderOf(t.province()), () -> assertThatThrownBy(() -> rounds.saveSelf(index.id(), d1.id(), c11, d("1"), "x"))
                .isInstanceOf(AccessDeniedException.class));
        // outside the round's dates nothing is entered
        clock.setToday(LocalDate.of(2026, 2, 1));
        AsUser.run(AsUser.leaderOf(d1), () -> assertRefused(() -> rounds.saveSelf(index.id(), d1.id(), c11, d("1"), "x"),
                "rankings.round.closed", "31/01/2026"));
    }

    @Test
    void evidenceIsServedAsAnAttachmentOnlyToSignedInUsersWhoseScopeHoldsTheUnit() throws Exception {
        TestUnits.Tree t = testUnits.province(2, 0, 0);
        UnitRef d1 = t.district(0);
        IndexDef index = index(t);
        long c11 = leaf(index, indexes, "1.1");
        clock.setToday(LocalDate.of(2026, 1, 10));
        Evidence e = AsUser.call(AsUser.leaderOf(d1), () -> rounds.attach(index.id(), d1.id(), c11, "Kế hoạch 12.pdf", PDF));
        String own = "ld1-" + d1.id();
        String other = "ld2-" + d1.id();
        AsUser.run(AsUser.admin(), () -> {
            users.create(own, "mat-khau-1234", "Lãnh đạo huyện 1", Roles.UNIT_LEADER, d1.id());
            users.create(other, "mat-khau-1234", "Lãnh đạo huyện 2", Roles.UNIT_LEADER, t.district(1).id());
        });
        String url = "http://localhost:" + port + EvidenceController.href(e);

        HttpResponse<byte[]> anonymous = http().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        HttpClient mine = signedIn(own);
        HttpResponse<byte[]> ok = mine.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo(PDF);
        assertThat(ok.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(ok.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(ok.headers().firstValue("X-Evidence-SHA256")).contains(EvidenceRules.sha256(PDF));

        HttpClient theirs = signedIn(other);
        assertThat(theirs.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode())
                .isEqualTo(403);
        // a guessed address opens nothing either
        String guessed = "http://localhost:" + port + EvidenceController.PATH + java.util.UUID.randomUUID();
        assertThat(theirs.send(HttpRequest.newBuilder(URI.create(guessed)).build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode())
                .isEqualTo(404);
        // the rankings rules (in the one application stylesheet) are served to signed-in users (a denied stylesheet
        // once left a leader's row unhighlighted)
        assertThat(theirs.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/styles.css")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains(".rk-grid");
    }

    private HttpClient http() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpClient signedIn(String username) throws Exception {
        HttpClient client = http();
        HttpResponse<String> login = vn.reformdesk.support.HttpSignIn.signIn(client, port, username, "mat-khau-1234");
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }

    private static void assertRefused(Runnable action, String key, String inMessage) {
        assertThatThrownBy(action::run).isInstanceOf(UserFacingException.class).satisfies(e -> {
            UserFacingException u = (UserFacingException) e;
            assertThat(u.key()).isEqualTo(key);
            assertThat(u.message(VI)).contains(inMessage).doesNotContain("!");
        });
    }

    static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml"
                    + ".document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** An account of the appraiser role (not the secretariat). */
    private static final class CurrentAppraiser {
        final vn.reformdesk.security.CurrentUser user = AsUser.user(Roles.APPRAISER, null);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }
}
