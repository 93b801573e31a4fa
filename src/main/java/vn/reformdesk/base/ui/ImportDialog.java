package vn.reformdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.springframework.security.access.AccessDeniedException;
import vn.reformdesk.base.ImportRejectedException;
import vn.reformdesk.base.RowError;

import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Function;

/**
 * Upload a file, run an all-or-nothing import, and show either what was imported or every error with
 * its line and column. Each feature passes its own import function and optional extra fields.
 */
public class ImportDialog extends Dialog {

    /** The largest file accepted through the browser (bigger dossier files load from the command line). */
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    /** The most errors listed; the message gives the total (100,000 rows froze the browser). */
    public static final int MAX_ERRORS_SHOWN = 200;

    private final Paragraph status = new Paragraph();
    private final Grid<RowError> errors = new Grid<>(RowError.class, false);
    private volatile com.vaadin.flow.component.@org.jspecify.annotations.Nullable UI ui;

    /**
     * @param importer takes the file's bytes, returns the success message, or throws
     *                 {@link ImportRejectedException} with the file's errors
     */
    public ImportDialog(String title, String hint, List<String> extensions, Function<byte[], String> importer,
                        Component... extraFields) {
        setHeaderTitle(title);
        setWidth("min(56rem, 95vw)");
        addClassName("import-dialog");
        errors.addColumn(RowError::line).setHeader(getTranslation("import.line")).setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> e.column(getLocale())).setHeader(getTranslation("import.column")).setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> e.message(getLocale())).setHeader(getTranslation("import.message")).setFlexGrow(1);
        errors.setVisible(false);
        errors.setAllRowsVisible(true);
        errors.addClassName("import-errors");
        // a long message wraps instead of being cut at a phone's width
        errors.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        status.addClassName("import-status");

        // streamed to a temporary file, never held whole in memory while it arrives; the size limit is checked
        // by the upload before the transfer (Content-Length) and again on the file
        Upload upload = new Upload(UploadHandler.toTempFile((meta, file) -> {
            String message;
            List<RowError> problems;
            try {
                if (file.length() > MAX_BYTES) {
                    throw ImportRejectedException.localized("import.error.too-large", MAX_BYTES / (1024 * 1024));
                }
                byte[] data = java.nio.file.Files.readAllBytes(file.toPath());
                message = importer.apply(data);
                problems = List.of();
            } catch (ImportRejectedException e) {
                message = getTranslation("import.rejected", meta.fileName(), e.errors().size());
                problems = e.errors();
            } catch (AccessDeniedException e) {
                message = getTranslation("error.access-denied");
                problems = List.of();
            } catch (vn.reformdesk.base.UserFacingException e) {
                message = getTranslation("import.rejected", meta.fileName(), 1);
                problems = List.of(RowError.ofFile(e.key(), e.args()));
            } catch (IllegalArgumentException e) {
                message = getTranslation("import.rejected", meta.fileName(), 1);
                problems = List.of(RowError.ofFile("import.error.as-given", String.valueOf(e.getMessage())));
            } catch (java.io.IOException | RuntimeException e) {
                // never a silent green tick: anything else is reported as a failed import and logged
                LoggerFactory.getLogger(ImportDialog.class).error("Import of {} failed", meta.fileName(), e);
                message = getTranslation("import.rejected", meta.fileName(), 1);
                problems = List.of(RowError.ofFile("error.unexpected"));
            } finally {
                java.nio.file.Files.deleteIfExists(file.toPath());
            }
            String shown = message;
            List<RowError> shownProblems = problems;
            if (ui != null) {
                ui.access(() -> show(shown, shownProblems));
            }
        }));
        upload.setAcceptedFileTypes(extensions.toArray(String[]::new));
        upload.setMaxFileSize((int) MAX_BYTES);
        upload.setDropAllowed(true);
        upload.addClassName("import-upload");
        // the upload's own words in the UI language, not the component's English defaults
        upload.setI18n(new com.vaadin.flow.component.upload.UploadI18N()
                .setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles().setOne(getTranslation("import.upload.add"))
                        .setMany(getTranslation("import.upload.add")))
                .setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop"))
                        .setMany(getTranslation("import.upload.drop")))
                .setError(new com.vaadin.flow.component.upload.UploadI18N.Error()
                        .setIncorrectFileType(getTranslation("import.upload.type", String.join(", ", extensions)))
                        .setFileIsTooBig(getTranslation("import.error.too-large", MAX_BYTES / (1024 * 1024)))));

        add(new com.vaadin.flow.component.html.Paragraph(hint));
        add(extraFields);
        add(upload, status, errors);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        addAttachListener(e -> ui = e.getUI());
    }

    private void show(String message, List<RowError> problems) {
        status.setText(problems.size() > MAX_ERRORS_SHOWN
                ? message + " " + getTranslation("import.first-errors", MAX_ERRORS_SHOWN, problems.size()) : message);
        errors.setItems(problems.size() > MAX_ERRORS_SHOWN ? problems.subList(0, MAX_ERRORS_SHOWN) : problems);
        errors.setVisible(!problems.isEmpty());
        if (problems.isEmpty()) {
            Notification.show(message, 5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }
}
