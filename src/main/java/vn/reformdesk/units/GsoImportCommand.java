package vn.reformdesk.units;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.security.SystemUser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --import-gso=FILE}: imports the statistics office's unit list from the command line, prints what
 * it did (or every error with its line) and exits: 0 on success, 1 when the file was rejected.
 * {@code --import-conversion=FILE [--valid-from=YYYY-MM-DD]} does the same for the conversion table of 2025.
 */
@Component
@Order(10)
class GsoImportCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GsoImportCommand.class);
    private final GsoImportService importer;
    private final ConversionImportService conversion;
    private final ConfigurableApplicationContext context;

    GsoImportCommand(GsoImportService importer, ConversionImportService conversion, ConfigurableApplicationContext context) {
        this.importer = importer;
        this.conversion = conversion;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("import-conversion")) {
            runConversion(args);
            return;
        }
        if (!args.containsOption("import-gso")) {
            return;
        }
        String file = args.getOptionValues("import-gso").getFirst();
        int[] code = {0};
        SystemUser.run(() -> {
            try {
                GsoImportService.ImportResult r = importer.importCsv(Files.readAllBytes(Path.of(file)));
                System.out.printf("Imported %s: %d provinces, %d districts, %d communes (created %d, updated %d, unchanged %d)%n",
                        file, r.provinces(), r.districts(), r.communes(), r.created(), r.updated(), r.unchanged());
            } catch (ImportRejectedException e) {
                System.out.println("Rejected " + file + ", nothing imported:");
                e.errors().forEach(err -> System.out.println("  line " + err.line() + (err.column().isEmpty() ? "" : ", " + err.column())
                        + ": " + err.message(vn.reformdesk.base.AppLocales.VIETNAMESE)));
                code[0] = 1;
            } catch (IOException e) {
                System.out.println("Cannot read " + file + ": " + e.getMessage());
                code[0] = 1;
            }
        });
        log.info("GSO import finished, exiting");
        System.exit(SpringApplication.exit(context, () -> code[0]));
    }

    /** {@code --import-conversion=FILE [--valid-from=2025-07-01]}: the conversion table between new and old units. */
    private void runConversion(ApplicationArguments args) {
        String file = args.getOptionValues("import-conversion").getFirst();
        java.time.LocalDate from = args.containsOption("valid-from")
                ? java.time.LocalDate.parse(args.getOptionValues("valid-from").getFirst()) : null;
        int[] code = {0};
        SystemUser.run(() -> {
            try {
                long start = System.nanoTime();
                ConversionImportService.ConversionResult r = conversion.importTable(Files.readAllBytes(Path.of(file)), from);
                System.out.printf("Imported %s in %d ms: valid from %s, %d lines, %d provinces and %d new units (created %d, updated %d),"
                                + " %d old units ended, %d old units added, %d links written%n", file, (System.nanoTime() - start) / 1_000_000,
                        r.effective(), r.rows(), r.newProvinces(), r.newUnits(), r.created(), r.updated(), r.ended(),
                        r.oldUnitsAdded(), r.linksWritten());
                if (r.noticeCount() > 0) {
                    System.out.printf("%d points read with an assumption (the first %d):%n", r.noticeCount(), r.notices().size());
                    r.notices().forEach(n -> System.out.println("  " + n));
                }
            } catch (ImportRejectedException e) {
                System.out.println("Rejected " + file + ", nothing imported:");
                e.errors().forEach(err -> System.out.println("  line " + err.line() + (err.column().isEmpty() ? "" : ", " + err.column())
                        + ": " + err.message(vn.reformdesk.base.AppLocales.VIETNAMESE)));
                code[0] = 1;
            } catch (IOException e) {
                System.out.println("Cannot read " + file + ": " + e.getMessage());
                code[0] = 1;
            }
        });
        log.info("Conversion import finished, exiting");
        System.exit(SpringApplication.exit(context, () -> code[0]));
    }
}
