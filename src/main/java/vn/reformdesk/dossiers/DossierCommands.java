package vn.reformdesk.dossiers;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.AppLocales;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.security.SystemUser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --import-dossiers=FILE}: loads a dossier CSV of any size, prints what it did (or every error with
 * its line) and exits: 0 on success, 1 when rejected. {@code --import-dossier-totals=FILE} does the same
 * for reported totals. At start the rollups are rebuilt from the records if they are missing (after an upgrade);
 * nothing is carried from month to month (stocks are read as of a day, see {@link DossierRollups}).
 * {@code --archive-dossier-year=YEAR} and {@code --restore-dossier-year=YEAR} archive a year's records and bring them
 * back ({@link DossierArchiveService}), print what they did and exit.
 */
@Component
@Order(20)
class DossierCommands implements ApplicationRunner {

    private final DossierImportService importer;
    private final ReportedTotalService totals;
    private final DossierRollups rollups;
    private final DossierArchiveService archives;
    private final ConfigurableApplicationContext context;
    private final org.springframework.transaction.support.TransactionTemplate tx;

    DossierCommands(DossierImportService importer, ReportedTotalService totals, DossierRollups rollups, DossierArchiveService archives,
                    ConfigurableApplicationContext context, org.springframework.transaction.PlatformTransactionManager txm) {
        this.archives = archives;
        this.importer = importer;
        this.totals = totals;
        this.rollups = rollups;
        this.context = context;
        this.tx = new org.springframework.transaction.support.TransactionTemplate(txm);
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(s -> rollups.rebuildIfMissing());
        if (args.containsOption("archive-dossier-year") || args.containsOption("restore-dossier-year")) {
            System.exit(SpringApplication.exit(context, () -> archiveOrRestore(args)));
        }
        String option = args.containsOption("import-dossiers") ? "import-dossiers"
                : args.containsOption("import-dossier-totals") ? "import-dossier-totals" : null;
        if (option == null) {
            return;
        }
        String file = args.getOptionValues(option).getFirst();
        int[] code = {0};
        SystemUser.run(() -> {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                if (option.equals("import-dossiers")) {
                    DossierImportService.Result r = importer.importStream(in);
                    System.out.printf("Imported %s: %d dossiers (%d new, %d replaced) in %d ms%n", file, r.rows(), r.inserted(),
                            r.replaced(), r.millis());
                } else {
                    System.out.printf("Imported %s: %d reported totals%n", file, totals.importCsv(in.readAllBytes()));
                }
            } catch (ImportRejectedException e) {
                System.out.println("Rejected " + file + ", nothing imported:");
                e.errors().forEach(err -> System.out.println("  " + err));
                code[0] = 1;
            } catch (IOException e) {
                System.out.println("Cannot read " + file + ": " + e.getMessage());
                code[0] = 1;
            }
        });
        System.exit(SpringApplication.exit(context, () -> code[0]));
    }

    /** {@code --archive-dossier-year=YEAR} or {@code --restore-dossier-year=YEAR}: the exit code (0 done, 1 refused). */
    private int archiveOrRestore(ApplicationArguments args) {
        boolean archive = args.containsOption("archive-dossier-year");
        String value = args.getOptionValues(archive ? "archive-dossier-year" : "restore-dossier-year").getFirst();
        int[] code = {0};
        SystemUser.run(() -> {
            try {
                int year = Integer.parseInt(value.trim());
                if (archive) {
                    ArchivedYear a = archives.archive(year);
                    System.out.printf("Archived the dossier records of %d: %d records, kept in the table %s. Lists of periods"
                            + " starting after %s miss none of them; the figures are unchanged.%n", year, a.records(),
                            DossierYears.partition(year), a.openUntil());
                } else {
                    archives.restore(year);
                    System.out.printf("Restored the dossier records of %d.%n", year);
                }
            } catch (NumberFormatException e) {
                System.out.println("Not a year: " + value);
                code[0] = 1;
            } catch (UserFacingException e) {
                System.out.println(AppI18NProvider.text(e.key(), AppLocales.ENGLISH, e.args()));
                code[0] = 1;
            }
        });
        return code[0];
    }
}
