package vn.reformdesk.units;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.reformdesk.base.DemoDataContributor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo province, modelled on An Giang: its 11 districts, Châu Thành with all 13 communes and a few
 * communes of each other district (loaded through the GSO import, in its format), 17 departments, and
 * a small two-level part valid from 1 July 2025 (communes directly under the province).
 */
@Component
class UnitsDemoData implements DemoDataContributor {

    static final List<String[]> DEPARTMENTS = List.of(
            new String[]{"89-SNV", "Sở Nội vụ", "Department of Home Affairs", "SO"},
            new String[]{"89-STP", "Sở Tư pháp", "Department of Justice", "SO"},
            new String[]{"89-SKHDT", "Sở Kế hoạch và Đầu tư", "Department of Planning and Investment", "SO"},
            new String[]{"89-STC", "Sở Tài chính", "Department of Finance", "SO"},
            new String[]{"89-SCT", "Sở Công Thương", "Department of Industry and Trade", "SO"},
            new String[]{"89-SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "Department of Agriculture and Rural Development", "SO"},
            new String[]{"89-SGTVT", "Sở Giao thông vận tải", "Department of Transport", "SO"},
            new String[]{"89-SXD", "Sở Xây dựng", "Department of Construction", "SO"},
            new String[]{"89-STNMT", "Sở Tài nguyên và Môi trường", "Department of Natural Resources and Environment", "SO"},
            new String[]{"89-STTTT", "Sở Thông tin và Truyền thông", "Department of Information and Communications", "SO"},
            new String[]{"89-SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "Department of Labour, Invalids and Social Affairs", "SO"},
            new String[]{"89-SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism", "SO"},
            new String[]{"89-SKHCN", "Sở Khoa học và Công nghệ", "Department of Science and Technology", "SO"},
            new String[]{"89-SGDDT", "Sở Giáo dục và Đào tạo", "Department of Education and Training", "SO"},
            new String[]{"89-SYT", "Sở Y tế", "Department of Health", "SO"},
            new String[]{"89-TTT", "Thanh tra tỉnh", "Provincial Inspectorate", "NGANH"},
            new String[]{"89-BDT", "Ban Dân tộc", "Ethnic Minorities Committee", "BAN"});

    /** Communes of the two-level structure from 1 July 2025 (a sample; the real list has 102). */
    static final List<String[]> COMMUNES_2025 = List.of(
            new String[]{"30280", "Phường Long Xuyên", "PHUONG"},
            new String[]{"30337", "Phường Châu Đốc", "PHUONG"},
            new String[]{"30589", "Xã An Châu", "XA"},
            new String[]{"30598", "Xã Vĩnh Hanh", "XA"},
            new String[]{"30616", "Xã Vĩnh An", "XA"},
            new String[]{"30760", "Xã Chợ Mới", "XA"});

    private final GsoImportService importer;
    private final UnitAdminService admin;
    private final UnitRepository units;

    UnitsDemoData(GsoImportService importer, UnitAdminService admin, UnitRepository units) {
        this.importer = importer;
        this.admin = admin;
        this.units = units;
    }

    @Override
    public String key() {
        return "units";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void load() {
        try {
            importer.importCsv(new ClassPathResource("demo/an-giang-units.csv").getContentAsByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Unit province = units.findByCode("89").stream().filter(u -> u.toRef().validFrom() == null).findFirst().orElseThrow();
        for (String[] d : DEPARTMENTS) {
            admin.create(new UnitAdminService.NewUnit(d[0], d[1], d[2], UnitTier.DEPARTMENT, d[3], province.getId(), null, null));
        }
        // The three-level structure ends on 30 June 2025; the new communes hang directly under the province.
        LocalDate lastDay = LocalDate.of(2025, 6, 30);
        units.findAll().stream().map(Unit::toRef)
                .filter(u -> u.isWithin(province.toRef()) && u.validFrom() == null && u.validTo() == null)
                .filter(u -> u.tier() == UnitTier.DISTRICT || u.tier() == UnitTier.COMMUNE)
                .forEach(u -> admin.endValidity(u.id(), lastDay));
        for (String[] c : COMMUNES_2025) {
            admin.create(new UnitAdminService.NewUnit(c[0], c[1], null, UnitTier.COMMUNE, c[2], province.getId(),
                    lastDay.plusDays(1), null));
        }
    }
}
