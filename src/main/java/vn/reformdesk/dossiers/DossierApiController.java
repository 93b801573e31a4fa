package vn.reformdesk.dossiers;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.reformdesk.base.ApiProblems;
import vn.reformdesk.base.Period;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.io.IOException;
import java.io.InputStream;
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
        String encoding = request.getHeader("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.strip())) {
            throw new ApiProblems.UnsupportedBodyException("dossiers.api.compressed", encoding);
        }
        long max = importer.maxUploadBytes();
        if (request.getContentLengthLong() > max) {
            throw new ApiProblems.PayloadTooLargeException("dossiers.api.too-large", max);
        }
        // streamed straight into the load (no copy in memory); a body without a length stops at the limit
        try (InputStream in = new LimitedInputStream(request.getInputStream(), max)) {
            DossierImportService.Result r = importer.importStream(in);
            return new PushResult(r.rows(), r.inserted(), r.replaced(), r.millis());
        }
    }

    /** Counts what is read and refuses the body once it passes the limit (the load's transaction then rolls back). */
    static final class LimitedInputStream extends java.io.FilterInputStream {
        private final long max;
        private long read;

        LimitedInputStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            read += n;
            if (read > max) {
                throw new ApiProblems.PayloadTooLargeException("dossiers.api.too-large", max);
            }
        }
    }

    @GetMapping("/kpi")
    Map<String, Object> kpi(@RequestParam String unit, @RequestParam String period) {
        Period p = Period.parse(period).orElseThrow(() -> new ApiProblems.BadRequestException("dossiers.api.bad-period", period));
        UnitRef u = units.findByCode(unit, p).orElseThrow(() -> new ApiProblems.NotFoundException("dossiers.api.unknown-unit", unit));
        DossierKpiService.Summary s = kpis.summary(units.readable(u), p);
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
}
