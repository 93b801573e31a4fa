package vn.reformdesk.units;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.reformdesk.base.DemoDataContributor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The demo province, modelled on An Giang: its 11 districts, Châu Thành with all 13 communes and a few
 * communes of each other district (loaded through the GSO import, in its format), 17 departments, and
 * the reorganisation of 1 July 2025 loaded through the conversion-table import ({@link #CONVERSION}).
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

    /**
     * The statistics office's conversion table of 1 July 2025 in its published format, restricted to the rows of
     * the demo's own communes (plus two new units made of old Kiên Giang communes, one of them the special zone
     * Thổ Châu), so that the demo goes through the real importer on every machine.
     */
    static final String CONVERSION = "demo/an-giang-conversion.csv";

    private final GsoImportService importer;
    private final UnitAdminService admin;
    private final UnitRepository units;
    private final ConversionImportService conversion;

    UnitsDemoData(GsoImportService importer, UnitAdminService admin, UnitRepository units, ConversionImportService conversion) {
        this.importer = importer;
        this.admin = admin;
        this.units = units;
        this.conversion = conversion;
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
        // The reorganisation of 1 July 2025 as the statistics office published it: new An Giang (91) with its new
        // communes, the old districts and communes ending on 30 June 2025, the departments kept.
        try {
            conversion.importTable(new ClassPathResource(CONVERSION).getContentAsByteArray(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
