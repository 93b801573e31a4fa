package vn.reformdesk.dossiers;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.RowError;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Where a one-stop system pushes dossiers: {@code POST /api/dossiers} with a dossier CSV as the body
 * ({@code text/csv}), all or nothing, idempotent on the dossier id. {@code GET /api/dossiers/kpi?unit=&period=}
 * reads a unit's figures within the caller's scope.
 */
@RestController
@RequestMapping("/api/dossiers")
class DossierApiController {

    /** The answer to a push. */
    record PushResult(long rows, long inserted, long replaced, long millis) {
    }

    /** A rejected push: every error with its line. */
    record Rejected(String message, List<RowError> errors) {
    }

    private final DossierImportService importer;
    private final DossierKpiService kpis;
    private final UnitService units;

    DossierApiController(DossierImportService importer, DossierKpiService kpis, UnitService units) {
        this.importer = importer;
        this.kpis = kpis;
        this.units = units;
    }

    @PostMapping(consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    PushResult push(HttpServletRequest request) throws IOException {
        long max = importer.maxUploadBytes();
        if (request.getContentLengthLong() > max) {
            throw ImportRejectedException.of("the batch has " + request.getContentLengthLong() + " bytes, more than the "
                    + max + " allowed; split it");
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
        DossierImportService.Result r = importer.importUpload(body);
        return new PushResult(r.rows(), r.inserted(), r.replaced(), r.millis());
    }

    @GetMapping("/kpi")
    Map<String, Object> kpi(@RequestParam String unit, @RequestParam String period) {
        Period p = Period.parse(period).orElseThrow(() -> new IllegalArgumentException("bad period " + period));
        UnitRef u = units.findByCode(unit, p).orElseThrow(() -> new IllegalArgumentException("unknown unit " + unit));
        DossierKpiService.Summary s = kpis.summary(u, p);
        DossierKpi.Figures f = s.current();
        java.util.LinkedHashMap<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("unit", u.code());
        out.put("period", p.code());
        out.put("received", f.received());
        out.put("resolved", f.resolved());
        out.put("early", f.early());
        out.put("onTime", f.onTime());
        out.put("late", f.late());
        out.put("asOf", s.asOf().toString());
        out.put("pending", f.pending());
        out.put("overdue", f.value(DossierKpi.Target.OVERDUE) == null ? null : f.overdue());
        out.put("waitingForSupplement", f.waiting());
        out.put("due", f.due());
        out.put("earlyPctOfDue", f.earlyOfDuePct());
        out.put("onTimePctOfDue", f.onTimeOfDuePct());
        out.put("earlyPctOfResolved", f.earlyPct());
        out.put("onTimePctOfResolved", f.onTimePct());
        out.put("latePctOfResolved", f.latePct());
        out.put("onlinePctOfReceived", f.onlinePct());
        out.put("lateWithoutApology", f.lateWithoutApology());
        out.put("lateOrOverdueWithoutApology", f.value(DossierKpi.Target.LATE_NO_APOLOGY) == null ? null : f.needingApology());
        out.put("reportedUnits", f.reportedUnits());
        out.put("unexplained", f.unexplained());
        return out;
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<Rejected> rejected(ImportRejectedException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new Rejected(e.getMessage(), e.errors()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Rejected> bad(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(new Rejected(e.getMessage(), List.of()));
    }
}
