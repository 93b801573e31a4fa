package vn.reformdesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.base.ui.ExcelDownload;
import vn.reformdesk.base.ui.PeriodLabels;
import vn.reformdesk.review.KeptPack;
import vn.reformdesk.review.PackSchedule;
import vn.reformdesk.review.PackScheduleService;
import vn.reformdesk.security.CurrentUserService;
import vn.reformdesk.security.Roles;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import vn.reformdesk.security.RoleRules;

/** Scheduled briefing packs: which are made after each month, quarter, half-year or year, and the packs kept. */
@Route("packs")
@PageTitle("ReformDesk")
@Menu(order = 6, title = "review.packs.nav", icon = "vaadin:archive")
@PermitAll
class PacksView extends VerticalLayout implements BeforeEnterObserver {

    private final SelectionService selections;
    private final PackScheduleService service;
    private final CurrentUserService currentUser;
    private SelectionService.@Nullable Resolved current;

    PacksView(SelectionService selections, PackScheduleService service, CurrentUserService currentUser) {
        this.selections = selections;
        this.service = service;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current = selections.resolve(event.getLocation().getQueryParameters());
        show();
    }

    private void show() {
        removeAll();
        UnitRef unit = current.unit();
        Locale locale = getLocale();
        add(new H1(getTranslation("review.packs.title", UnitNames.name(unit, locale))));
        Paragraph note = new Paragraph(getTranslation("review.packs.rule"));
        note.addClassName("rd-note");
        add(note);
        Grid<PackSchedule> schedules = new Grid<>();
        schedules.setId("packs-schedules");
        schedules.setAllRowsVisible(true);
        schedules.addColumn(PackSchedule::unitName).setHeader(getTranslation("review.col.unit")).setAutoWidth(true);
        schedules.addColumn(s -> getTranslation("review.packs.frequency." + s.frequency().name())).setHeader(getTranslation("review.packs.col.frequency"));
        schedules.addColumn(PackSchedule::recipients).setHeader(getTranslation("review.packs.col.recipients")).setFlexGrow(2);
        schedules.addColumn(s -> getTranslation(s.active() ? "review.packs.active" : "review.packs.paused")).setHeader(getTranslation("review.packs.col.state"));
        boolean keeper = currentUser.find().map(RoleRules::keepsRecords).orElse(false);
        if (keeper) {
            schedules.addComponentColumn(s -> {
                Button now = new Button(getTranslation("review.packs.make-now"), e -> {
                    service.makeNow(s.id());
                    show();
                });
                now.addThemeVariants(ButtonVariant.LUMO_SMALL);
                now.setId("packs-make-now-" + s.id());
                now.addClassName("packs-make-now");
                return now;
            }).setAutoWidth(true);
        }
        schedules.setItems(service.schedules(current.readable()));
        add(schedules);
        if (keeper) {
            Select<PackSchedule.Frequency> frequency = new Select<>();
            frequency.setLabel(getTranslation("review.packs.col.frequency"));
            frequency.setItems(PackSchedule.Frequency.values());
            frequency.setItemLabelGenerator(f -> getTranslation("review.packs.frequency." + f.name()));
            frequency.setValue(PackSchedule.Frequency.QUARTER);
            frequency.setId("packs-frequency");
            TextField recipients = new TextField(getTranslation("review.packs.col.recipients"));
            recipients.setId("packs-recipients");
            recipients.setWidth("28em");
            Button save = new Button(getTranslation("review.packs.save"), e -> {
                try {
                    service.schedule(unit, frequency.getValue(), recipients.getValue(), true, currentUser.require().username());
                    show();
                } catch (UserFacingException ex) {
                    recipients.setErrorMessage(ex.message(locale));
                    recipients.setInvalid(true);
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("packs-save");
            HorizontalLayout form = new HorizontalLayout(frequency, recipients, save);
            form.setAlignItems(Alignment.BASELINE);
            form.addClassName("no-print");
            add(form);
        }
        add(new H3(getTranslation("review.packs.kept")));
        Grid<KeptPack> kept = new Grid<>();
        kept.setId("packs-kept");
        kept.setAllRowsVisible(true);
        kept.addColumn(p -> Formats.date(p.madeOn(), locale)).setHeader(getTranslation("review.packs.col.made-on")).setAutoWidth(true);
        kept.addColumn(KeptPack::unitName).setHeader(getTranslation("review.col.unit")).setAutoWidth(true);
        kept.addColumn(p -> Period.parse(p.periodCode()).map(x -> PeriodLabels.label(x, locale)).orElse(p.periodCode()))
                .setHeader(getTranslation("review.packs.col.period")).setAutoWidth(true);
        kept.addColumn(p -> p.mailedTo() == null ? "" : p.mailedTo()).setHeader(getTranslation("review.packs.col.mailed")).setFlexGrow(1);
        kept.addComponentColumn(p -> {
            Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(service.file(p.id(), true)),
                    "bao-cao-" + p.periodCode() + ".pdf", "application/pdf", -1)), "PDF");
            Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(service.file(p.id(), false)),
                    "bao-cao-" + p.periodCode() + ".xlsx", ExcelDownload.MIME, -1)), "Excel");
            pdf.setId("packs-pdf-" + p.id());
            pdf.addClassName("packs-pdf");
            xlsx.setId("packs-xlsx-" + p.id());
            xlsx.addClassName("packs-xlsx");
            return new HorizontalLayout(pdf, xlsx);
        }).setAutoWidth(true);
        kept.setItems(service.kept(current.readable(), 100));
        add(kept);
    }
}
