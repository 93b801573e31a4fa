package vn.reformdesk.dossiers;

import org.springframework.stereotype.Component;
import vn.reformdesk.base.DemoDataContributor;
import vn.reformdesk.base.Period;
import vn.reformdesk.units.UnitAdminService;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitService;
import vn.reformdesk.units.UnitTier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Demo dossiers. For An Giang: a sample of records for 2019–2024 from the generator (the real province has
 * about a million a year; the sample keeps the demo start quick), and both halves of Châu Thành's published
 * 9-month report of 2019, so that its page reads exactly as published:
 * <ul>
 *   <li>the district desk's reported totals (11,056 received; 6,863 early; 3,556 on time; 316 pending, none
 *       overdue; online and late not reported), its desk therefore sending no records in 2019–2021;</li>
 *   <li>its 13 communes together: 45,543 received, 36,613 early, 8,769 on time, 161 pending at 30 September,
 *       carried as dossier records of the 13 commune desks (the report gives only their sum; the records
 *       spread it evenly), which send no generated records in 2019.</li>
 * </ul>
 * And a second province modelled on Hà Giang (code 02, valid until the 2025 merger) holding only its
 * published 2019 report: 94,954 received, 510 online, of 87,561 due 73.2% early and 15.87% on time.
 */
@Component
class DossierDemoData implements DemoDataContributor {

    static final String PROVINCE = "89";
    static final String CHAU_THANH = "892";
    static final String HA_GIANG = "02";

    /** The published figures of Châu Thành's 13 communes together, 9 months of 2019. */
    static final long COMMUNES_RECEIVED = 45_543, COMMUNES_EARLY = 36_613, COMMUNES_ON_TIME = 8_769, COMMUNES_PENDING = 161;

    private final UnitService units;
    private final UnitAdminService unitAdmin;
    private final DossierImportService importer;
    private final ReportedTotalService totals;

    DossierDemoData(UnitService units, UnitAdminService unitAdmin, DossierImportService importer, ReportedTotalService totals) {
        this.units = units;
        this.unitAdmin = unitAdmin;
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
        UnitRef chauThanh = units.findByCode(CHAU_THANH, y2019).orElseThrow();
        List<UnitRef> communes = units.children(chauThanh.id(), y2019);
        Set<String> chauThanhCodes = new java.util.HashSet<>(communes.stream().map(UnitRef::code).toList());
        chauThanhCodes.add(CHAU_THANH);
        List<DossierGenerator.Desk> all = units.subtree(province.id(), Period.year(2024)).stream()
                .map(u -> new DossierGenerator.Desk(u.code(), u.tier())).toList();
        StringWriter w = new StringWriter();
        try {
            // 2019–2021 without Châu Thành (its 2019 report is loaded below), its communes again from 2020
            DossierGenerator.write(w, all.stream().filter(d -> !chauThanhCodes.contains(d.code())).toList(), 18_000, 2019, 2021, 2019);
            append(w, all.stream().filter(d -> chauThanhCodes.contains(d.code()) && !d.code().equals(CHAU_THANH)).toList(), 1_500, 2020, 2021, 2020);
            append(w, all, 24_000, 2022, 2024, 2024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        w.write(chauThanhCommunes2019(communes));
        importer.importStream(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
        totals.save(new ReportedTotalService.Entry(null, CHAU_THANH, Period.nineMonths(2019), 11_056, null, 6_863, 3_556, null,
                null, 316L, 0L, "Báo cáo CCHC 9 tháng 2019 của huyện Châu Thành (bộ phận một cửa huyện)", 0, null, null));

        unitAdmin.create(new UnitAdminService.NewUnit(HA_GIANG, "Tỉnh Hà Giang", "Ha Giang Province", UnitTier.PROVINCE, "TINH", null,
                null, LocalDate.of(2025, 6, 30)));
        // 73.2% of 87,561 = 64,095 early; 15.87% = 13,896 on time (the report gives the shares, not the counts)
        totals.save(new ReportedTotalService.Entry(null, HA_GIANG, y2019, 94_954, 510L, 64_095, 13_896, null, null, null, null,
                "Báo cáo CCHC năm 2019 của tỉnh Hà Giang: 94.954 hồ sơ tiếp nhận, 510 trực tuyến toàn trình;"
                        + " trong 87.561 hồ sơ đến hạn: 73,2% trước hạn, 15,87% đúng hạn", 0, null, 87_561L));
    }

    private static void append(StringWriter w, List<DossierGenerator.Desk> desks, long rows, int from, int to, long seed) throws IOException {
        StringWriter part = new StringWriter();
        DossierGenerator.write(part, desks, rows, from, to, seed);
        String s = part.toString();
        w.write(s.substring(s.indexOf('\n') + 1));
    }

    /**
     * The communes' 9 months of 2019 as records that give exactly the published sums: received from 2 January
     * to 20 September and resolved within ten days (early or on the promised date), and 161 received in the
     * last week of September and resolved early in October (pending on 30 September, not yet due).
     */
    static String chauThanhCommunes2019(List<UnitRef> communes) {
        StringBuilder b = new StringBuilder();
        String[] fields = {"LAND", "CIVIL_STATUS", "BUSINESS", "CONSTRUCTION", "SOCIAL", "OTHER"};
        LocalDate first = LocalDate.of(2019, 1, 2);
        for (int i = 0; i < COMMUNES_RECEIVED; i++) {
            UnitRef c = communes.get(i % communes.size());
            boolean online = i % 9 == 0;
            String channel = online ? "ONLINE" : "IN_PERSON";
            String level = online ? "PARTIAL_ONLINE" : "NONE";
            LocalDate received;
            LocalDate promised;
            LocalDate resolved;
            if (i < COMMUNES_PENDING) {
                received = LocalDate.of(2019, 9, 25 + i % 5);
                promised = LocalDate.of(2019, 10, 10);
                resolved = LocalDate.of(2019, 10, 3 + i % 5);
            } else {
                received = first.plusDays((i * 7919L) % 262);
                promised = received.plusDays(10);
                resolved = i < COMMUNES_PENDING + COMMUNES_ON_TIME ? promised : received.plusDays(3 + i % 6);
            }
            b.append("CT2019-").append(i).append(',').append(c.code()).append(",COMMUNE,CT-").append(i % 40).append(',')
                    .append(fields[i % fields.length]).append(',').append(channel).append(',').append(level).append(',')
                    .append(received).append(" 08:00,").append(promised).append(',').append(resolved).append(" 15:00,RESULT,0,false,\n");
        }
        return b.toString();
    }
}
