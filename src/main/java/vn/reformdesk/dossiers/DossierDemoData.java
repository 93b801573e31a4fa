package vn.reformdesk.dossiers;

import org.springframework.stereotype.Component;
import vn.reformdesk.base.DemoDataContributor;
import vn.reformdesk.base.Period;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Demo dossiers for An Giang: a sample of records for 2019–2024 from the generator (the real province has
 * about a million a year; the sample keeps the demo start quick), and the seed's reported totals of the
 * Châu Thành district desk for 9 months of 2019 (11,056 received; 6,863 early; 3,556 on time; 316 pending),
 * whose desk therefore sends no records in 2019.
 */
@Component
class DossierDemoData implements DemoDataContributor {

    static final String PROVINCE = "89";
    static final String CHAU_THANH = "892";

    private final UnitService units;
    private final DossierImportService importer;
    private final ReportedTotalService totals;

    DossierDemoData(UnitService units, DossierImportService importer, ReportedTotalService totals) {
        this.units = units;
        this.importer = importer;
        this.totals = totals;
    }

    @Override
    public String key() {
        return "dossiers";
    }

    @Override
    public int order() {
        return 1200;
    }

    @Override
    public void load() {
        Period y2019 = Period.year(2019);
        UnitRef province = units.findByCode(PROVINCE, y2019).orElseThrow();
        List<DossierGenerator.Desk> all = units.subtree(province.id(), Period.year(2024)).stream()
                .map(u -> new DossierGenerator.Desk(u.code(), u.tier())).toList();
        StringWriter w = new StringWriter();
        try {
            // 2019–2021 without the Châu Thành district desk (it reported totals), 2022–2024 with it
            DossierGenerator.write(w, all.stream().filter(d -> !d.code().equals(CHAU_THANH)).toList(), 18_000, 2019, 2021, 2019);
            StringWriter w2 = new StringWriter();
            DossierGenerator.write(w2, all, 24_000, 2022, 2024, 2024);
            String second = w2.toString();
            w.write(second.substring(second.indexOf('\n') + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        importer.importStream(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
        totals.save(new ReportedTotalService.Entry(null, CHAU_THANH, Period.nineMonths(2019), 11_056, null, 6_863, 3_556, null,
                null, 316, 0L, "Báo cáo CCHC 9 tháng 2019 của huyện Châu Thành (bộ phận một cửa huyện)", 0));
    }
}
