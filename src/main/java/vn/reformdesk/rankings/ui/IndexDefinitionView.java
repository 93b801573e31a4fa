package vn.reformdesk.rankings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.reformdesk.base.ui.DrillDown;
import vn.reformdesk.base.UserFacingException;
import vn.reformdesk.base.ui.Forms;
import vn.reformdesk.base.ImportNumbers;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.ui.ImportDialog;
import vn.reformdesk.rankings.Band;
import vn.reformdesk.rankings.CriteriaTree;
import vn.reformdesk.rankings.Criterion;
import vn.reformdesk.rankings.IndexDef;
import vn.reformdesk.rankings.IndexService;
import vn.reformdesk.rankings.NationalResult;
import vn.reformdesk.rankings.NationalResultService;
import vn.reformdesk.rankings.RankingService;
import vn.reformdesk.rankings.Scale;
import vn.reformdesk.security.Roles;
import vn.reformdesk.units.SelectionService;
import vn.reformdesk.units.UnitTier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SECRETARIAT defines the year's indexes: code, name, the tiers ranked, the scale and the rating bands,
 * the criteria tree (imported from Excel), or a copy of last year's definition to start from.
 */
@Route("rankings/define")
@PageTitle("ReformDesk")
@RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
class IndexDefinitionView extends VerticalLayout implements BeforeEnterObserver {

    private static final List<UnitTier> RANKABLE = List.of(UnitTier.PROVINCE, UnitTier.DEPARTMENT, UnitTier.DISTRICT, UnitTier.COMMUNE);
    /** What a province's indexes rank; the country's (a ministry's installation) rank its provinces. */
    private static final List<UnitTier> IN_A_PROVINCE = List.of(UnitTier.DEPARTMENT, UnitTier.DISTRICT, UnitTier.COMMUNE);

    private final SelectionService selections;
    private final IndexService indexes;
    private final RankingService rankings;
    private final NationalResultService national;
    private SelectionService.Resolved sel;
    private Map<String, List<String>> params = Map.of();

    private final vn.reformdesk.units.UnitService units;
    private final vn.reformdesk.base.ReportingClock clock;

    IndexDefinitionView(SelectionService selections, IndexService indexes, RankingService rankings, NationalResultService national,
                        vn.reformdesk.units.UnitService units, vn.reformdesk.base.ReportingClock clock) {
        this.units = units;
        this.clock = clock;
        this.selections = selections;
        this.national = national;
        this.indexes = indexes;
        this.rankings = rankings;
        addClassName("index-definition-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sel = selections.resolve(event.getLocation().getQueryParameters());
        params = event.getLocation().getQueryParameters().getParameters();
        render();
    }

    private void render() {
        removeAll();
        Locale locale = getLocale();
        int year = sel.period().year();
        long provinceId = rankings.provinceOf(sel.unit());
        add(new Anchor("rankings?" + sel.selection().toQuery().getQueryString(), "‹ " + getTranslation("rankings.back")));
        add(new H1(getTranslation("rankings.define.title", String.valueOf(year))));
        List<IndexDef> all = indexes.indexes(provinceId, year);

        Grid<IndexDef> list = new Grid<>();
        list.setId("rk-index-list");
        list.addColumn(IndexDef::code).setHeader(getTranslation("rankings.define.code")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(i -> i.name(locale)).setHeader(getTranslation("rankings.col.name")).setFlexGrow(2);
        list.addColumn(i -> tiers(i.tiers())).setHeader(getTranslation("rankings.define.tiers")).setFlexGrow(1);
        list.addColumn(i -> getTranslation("rankings.define.scale." + i.scale().name())).setHeader(getTranslation("rankings.define.scale")).setAutoWidth(true);
        list.addColumn(i -> bandsText(i.bands())).setHeader(getTranslation("rankings.define.bands")).setFlexGrow(2);
        list.addColumn(i -> getTranslation(i.isPublished() ? "rankings.define.published" : "rankings.define.draft"))
                .setHeader(getTranslation("rankings.define.status")).setAutoWidth(true);
        list.setItems(all);
        list.setAllRowsVisible(true);
        DrillDown.rows(list, row -> UI.getCurrent().navigate(IndexDefinitionView.class, withIndex(row.code())));
        add(list);
        if (!all.isEmpty()) {
            // the indexes and each one's criteria tree, read again when clicked
            var excel = vn.reformdesk.base.ui.ExcelDownload.of(getTranslation("rankings.define.excel"), "chi-so-" + year, () -> {
                List<IndexDef> now = indexes.indexes(provinceId, year);
                Map<Long, CriteriaTree> trees = new java.util.HashMap<>();
                now.forEach(i -> trees.put(i.id(), indexes.tree(i.id())));
                return IndexDefinitionExport.definitions(now, trees, units.get(provinceId), year, clock.today(), locale);
            });
            excel.setId("rk-define-excel");
            add(excel);
        }

        // copy last year's definitions that are not here yet
        HorizontalLayout copies = new HorizontalLayout();
        for (IndexDef prev : indexes.indexes(provinceId, year - 1)) {
            if (all.stream().noneMatch(i -> i.code().equals(prev.code()))) {
                Button copy = new Button(getTranslation("rankings.define.copy", prev.code(), String.valueOf(year - 1)), VaadinIcon.COPY.create(), e -> {
                    indexes.copyToYear(prev.id(), year);
                    UI.getCurrent().navigate(IndexDefinitionView.class, withIndex(prev.code()));
                });
                copy.setId("rk-copy-" + prev.code());
                copies.add(copy);
            }
        }
        if (copies.getComponentCount() > 0) {
            add(copies);
        }

        Optional<IndexDef> selected = Optional.ofNullable(params.get(RankingUi.INDEX)).flatMap(l -> l.stream().findFirst())
                .flatMap(c -> all.stream().filter(i -> i.code().equals(c)).findFirst());
        add(new H3(selected.map(i -> getTranslation("rankings.define.edit", i.code())).orElse(getTranslation("rankings.define.new"))));
        add(form(provinceId, year, selected.orElse(null)));
        selected.ifPresent(this::criteria);
        national(provinceId, year);
    }

    /** The secretariat records the province's national results of the year, each on its own scale. */
    private void national(long provinceId, int year) {
        Locale locale = getLocale();
        add(new H3(getTranslation("rankings.national.enter", String.valueOf(year))));
        Select<NationalResult.Kind> kind = new Select<>();
        kind.setLabel(getTranslation("rankings.index"));
        kind.setItems(NationalResult.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("rankings.national.col." + k.name()));
        kind.setValue(NationalResult.Kind.PAR_INDEX);
        BigDecimalField value = new BigDecimalField(getTranslation("rankings.national.value"));
        BigDecimalField scaleMax = new BigDecimalField(getTranslation("rankings.national.scale"));
        scaleMax.setValue(RankingService.defaultScale(NationalResult.Kind.PAR_INDEX, year));
        kind.addValueChangeListener(e -> scaleMax.setValue(RankingService.defaultScale(e.getValue(), year)));
        IntegerField rank = new IntegerField(getTranslation("rankings.col.rank"));
        IntegerField provinces = new IntegerField(getTranslation("rankings.national.provinces"));
        provinces.setValue(year >= 2025 ? 34 : 63);
        kind.setId("rk-national-kind");
        value.setId("rk-national-value");
        scaleMax.setId("rk-national-scale");
        rank.setId("rk-national-rank");
        provinces.setId("rk-national-provinces");
        BeanValidationBinder<NationalForm> binder = new BeanValidationBinder<>(NationalForm.class);
        Forms.bind(binder, kind, "kind", locale);
        // always chosen (it starts at PAR INDEX); the indicator would put aria-required on the select's value button
        kind.setRequiredIndicatorVisible(false);
        Forms.bind(binder, value, "value", locale);
        Forms.bind(binder, scaleMax, "scaleMax", locale);
        Forms.bind(binder, rank, "rank", locale);
        Forms.bind(binder, provinces, "provinces", locale);
        Button save = new Button(getTranslation("action.save"), e -> {
            NationalForm f;
            try {
                f = binder.writeRecord();
            } catch (ValidationException invalid) {
                return;
            }
            try {
                rankings.saveNational(provinceId, new NationalResult(f.kind(), year, f.value(), f.scaleMax(), f.rank(), f.provinces()));
                Notification.show(getTranslation("rankings.define.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserFacingException ex) {
                if (!Forms.showOnField(binder, ex, locale)) {
                    Notification.show(ex.message(locale), 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }
        });
        save.setId("rk-national-save");
        Button importNational = new Button(getTranslation("rankings.national.import"), VaadinIcon.UPLOAD.create(), e ->
                new ImportDialog(getTranslation("rankings.national.import.title"), getTranslation("rankings.national.import.hint"),
                        List.of(".xlsx", ".csv"), bytes -> {
                    int n = national.importFile(provinceId, bytes);
                    return getTranslation("rankings.national.import.done", n);
                }).open());
        importNational.setId("rk-national-import");
        HorizontalLayout row = new HorizontalLayout(kind, value, scaleMax, rank, provinces, save, importNational);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(row);
    }

    private VerticalLayout form(long provinceId, int year, IndexDef index) {
        Locale locale = getLocale();
        TextField code = new TextField(getTranslation("rankings.define.code"));
        code.setId("rk-def-code");
        TextField name = new TextField(getTranslation("rankings.col.name"));
        name.setId("rk-def-name");
        name.setWidth("28em");
        TextField nameEn = new TextField(getTranslation("rankings.define.name-en"));
        nameEn.setId("rk-def-name-en");
        nameEn.setWidth("28em");
        CheckboxGroup<UnitTier> tiers = new CheckboxGroup<>(getTranslation("rankings.define.tiers"));
        tiers.setId("rk-def-tiers");
        tiers.setItems(sel.unit().tier() == UnitTier.NATION ? List.of(UnitTier.PROVINCE) : IN_A_PROVINCE);
        tiers.setItemLabelGenerator(t -> getTranslation("rankings.tier." + t.name()));
        RadioButtonGroup<Scale> scale = new RadioButtonGroup<>(getTranslation("rankings.define.scale"));
        scale.setId("rk-def-scale");
        scale.setItems(Scale.values());
        scale.setItemLabelGenerator(s -> getTranslation("rankings.define.scale." + s.name()));
        scale.setValue(Scale.PERCENT);
        TextField bands = new TextField(getTranslation("rankings.define.bands"));
        bands.setId("rk-def-bands");
        bands.setWidth("36em");
        bands.setHelperText(getTranslation("rankings.define.bands.help"));
        bands.setValue("Tốt/Good=90; Khá/Fair=80; Trung bình/Average=65; Yếu/Weak=0");
        if (index != null) {
            code.setValue(index.code());
            code.setReadOnly(true);
            name.setValue(index.name());
            nameEn.setValue(index.nameEn() == null ? "" : index.nameEn());
            tiers.setValue(index.tiers());
            scale.setValue(index.scale());
            bands.setValue(bandsText(index.bands()));
        }
        BeanValidationBinder<IndexForm> binder = new BeanValidationBinder<>(IndexForm.class);
        Forms.bind(binder, code, "code", locale);
        Forms.bind(binder, name, "name", locale);
        Forms.bind(binder, nameEn, "nameEn", locale);
        Forms.bind(binder, tiers, "tiers", locale);
        // the bean validator still requires a tier; the indicator would put aria-required on the checkbox group,
        // which its role does not allow (axe: aria-allowed-attr)
        tiers.setRequiredIndicatorVisible(false);
        Forms.bind(binder, scale, "scale", locale);
        Forms.bind(binder, bands, "bands", locale);
        Button save = new Button(getTranslation("action.save"), e -> {
            IndexForm f;
            try {
                f = binder.writeRecord();
            } catch (ValidationException invalid) {
                return;
            }
            try {
                List<Band> parsed = parseBands(f.bands());
                Set<UnitTier> chosen = EnumSet.copyOf(f.tiers());
                if (index == null) {
                    IndexDef created = indexes.define(provinceId, new IndexService.NewIndex(f.code(), year, f.name(), f.nameEn(),
                            chosen, f.scale(), parsed));
                    UI.getCurrent().navigate(IndexDefinitionView.class, withIndex(created.code()));
                } else {
                    indexes.update(index.id(), index.version(), f.name(), f.nameEn(), chosen, f.scale(), parsed);
                    Notification.show(getTranslation("rankings.define.saved"), 3000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    render();
                }
            } catch (UserFacingException ex) {
                if (!Forms.showOnField(binder, ex, locale)) {
                    Notification.show(ex.message(locale), 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            } catch (OptimisticLockingFailureException ex) {
                Notification.show(getTranslation("rankings.error.stale"), 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("rk-def-save");
        save.setEnabled(index == null || !index.isPublished());
        HorizontalLayout row1 = new HorizontalLayout(code, name, nameEn);
        HorizontalLayout row2 = new HorizontalLayout(tiers, scale, bands);
        row2.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        row1.setWrap(true);
        row2.setWrap(true);
        VerticalLayout form = new VerticalLayout(row1, row2, save);
        form.setPadding(false);
        return form;
    }

    private void criteria(IndexDef index) {
        Locale locale = getLocale();
        CriteriaTree tree = indexes.tree(index.id());
        H3 title = new H3(getTranslation("rankings.define.criteria", Formats.decimal(tree.maxTotal().doubleValue(), 0, locale),
                String.valueOf(tree.leaves().size())));
        Button importCriteria = new Button(getTranslation("rankings.define.import-criteria"), VaadinIcon.UPLOAD.create(), e ->
                new ImportDialog(getTranslation("rankings.define.import-criteria"), getTranslation("rankings.define.import-criteria.hint"),
                        List.of(".xlsx"), bytes -> {
                    int n = indexes.importCriteria(index.id(), bytes);
                    getUI().ifPresent(ui -> ui.access(this::render));
                    return getTranslation("rankings.define.import-criteria.done", n);
                }).open());
        importCriteria.setId("rk-import-criteria");
        importCriteria.setEnabled(!index.isPublished());
        Anchor toRanking = new Anchor("rankings?" + withIndex(index.code()).getQueryString(), getTranslation("rankings.define.to-ranking"));
        toRanking.setId("rk-to-ranking");
        HorizontalLayout head = new HorizontalLayout(title, importCriteria, toRanking);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(head);
        if (tree.isEmpty()) {
            add(new Paragraph(getTranslation("rankings.define.no-criteria")));
            return;
        }
        TreeGrid<Criterion> grid = new TreeGrid<>();
        grid.setId("rk-criteria");
        grid.addHierarchyColumn(c -> c.code() + ". " + c.name(locale)).setHeader(getTranslation("rankings.lost.criterion")).setFlexGrow(3);
        grid.addColumn(c -> Formats.decimal(c.max().doubleValue(), 2, locale)).setHeader(getTranslation("rankings.col.max"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> c.survey() ? getTranslation("rankings.col.survey") : "").setHeader(getTranslation("rankings.define.source"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(tree.areas(), c -> tree.children(c.id()));
        grid.expandRecursively(tree.areas(), 3);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private QueryParameters withIndex(String code) {
        Map<String, List<String>> q = new java.util.LinkedHashMap<>(sel.selection().toQuery().getParameters());
        q.put(RankingUi.INDEX, List.of(code));
        return new QueryParameters(q);
    }

    private String tiers(Set<UnitTier> tiers) {
        return String.join(", ", RANKABLE.stream().filter(tiers::contains).map(t -> getTranslation("rankings.tier." + t.name())).toList());
    }

    static String bandsText(List<Band> bands) {
        List<String> parts = new ArrayList<>();
        for (Band b : bands) {
            parts.add(b.label() + (b.labelEn() == null ? "" : "/" + b.labelEn()) + "=" + b.min().stripTrailingZeros().toPlainString());
        }
        return String.join("; ", parts);
    }

    /** "Tốt/Good=90; Khá/Fair=80; …": the first band green, the last red, those between green then amber. */
    static List<Band> parseBands(String text) {
        List<Band> result = new ArrayList<>();
        String[] parts = text.split(";");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.lastIndexOf('=');
            if (eq < 0) {
                throw UserFacingException.onField("bands", "rankings.error.band-format", p);
            }
            String[] labels = p.substring(0, eq).split("/", 2);
            BigDecimal min;
            try {
                min = ImportNumbers.decimal(p.substring(eq + 1));
            } catch (NumberFormatException e) {
                min = null;
            }
            if (min == null) {
                throw UserFacingException.onField("bands", "rankings.error.band-format", p);
            }
            String color = i == parts.length - 1 && parts.length > 1 ? "red" : i <= 1 ? "green" : "amber";
            result.add(new Band(labels[0].trim(), labels.length > 1 ? labels[1].trim() : null, min, color));
        }
        return result;
    }
}
