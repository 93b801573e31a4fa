package vn.reformdesk.rankings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Period;
import vn.reformdesk.base.ui.Card;
import vn.reformdesk.overview.OverviewCard;
import vn.reformdesk.rankings.IndexDef;
import vn.reformdesk.rankings.IndexService;
import vn.reformdesk.rankings.NationalResult;
import vn.reformdesk.rankings.RankingService;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitTier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The Overview's rankings card: top and bottom units of each ranking under the unit, and the province's latest national ranks. */
@org.springframework.stereotype.Component
class RankingsOverviewCard implements OverviewCard {

    private final IndexService indexes;
    private final RankingService rankings;

    RankingsOverviewCard(IndexService indexes, RankingService rankings) {
        this.indexes = indexes;
        this.rankings = rankings;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Optional<Component> create(UnitRef unit, Period period, Locale locale) {
        long provinceId = rankings.provinceOf(unit);
        List<IndexDef> all = indexes.indexes(provinceId, period.year());
        Div body = new Div();
        body.addClassName("rk-overview");
        for (IndexDef index : all) {
            UnitRef province = rankings.province(index);
            for (UnitTier tier : shownTiers(index, unit)) {
                RankingService.Ranking r = rankings.ranking(index, tier, unit.tier().isTop() ? province : unit);
                if (!r.visible() || r.rows().isEmpty()) {
                    continue;
                }
                Span title = new Span(index.name(locale) + " · " + t("rankings.tier." + tier.name(), locale));
                title.addClassName("rk-overview-title");
                body.add(title);
                List<RankingService.RankingRow> rows = r.rows();
                int n = Math.min(3, rows.size());
                body.add(line(t("rankings.overview.top", locale), rows.subList(0, n), index, locale));
                if (rows.size() > 3) {
                    body.add(line(t("rankings.overview.bottom", locale), rows.subList(Math.max(n, rows.size() - 3), rows.size()), index, locale));
                }
            }
            if (unit.tier() != UnitTier.PROVINCE && index.tiers().contains(unit.tier())) {
                RankingService.Ranking r = rankings.ranking(index, unit.tier(), province);
                r.row(unit.id()).ifPresent(row -> body.add(new Paragraph(t("rankings.overview.own", locale, index.name(locale),
                        String.valueOf(row.rank()), String.valueOf(r.rows().size()), RankingUi.score(index, row.score(), locale)))));
            }
        }
        List<NationalResult> latest = latestNational(provinceId, period);
        if (!latest.isEmpty()) {
            Span title = new Span(t("rankings.overview.national", locale));
            title.addClassName("rk-overview-title");
            body.add(title);
            UnorderedList list = new UnorderedList();
            latest.forEach(x -> list.add(new ListItem(
                    t("rankings.national.series." + x.kind().name(), locale) + " " + x.year() + ": " + NationalResultsCard.cell(x, locale))));
            body.add(list);
        }
        if (body.getComponentCount() == 0) {
            return Optional.empty();
        }
        Anchor more = new Anchor("rankings?unit=" + unit.code() + "&period=" + period.code(), t("rankings.overview.more", locale));
        Card card = new Card(t("rankings.overview.title", locale, String.valueOf(period.year())), body, more);
        card.setId("rk-overview-card");
        return Optional.of(card);
    }

    /**
     * The card's figures for the Overview's workbook, in the card's order: for each ranking it shows, the units at the top
     * and at the bottom with their score; the unit's own rank and score; the province's latest national results (value as
     * published, and rank where known).
     */
    @Override
    public Optional<Figures> figures(UnitRef unit, Period period, Locale locale) {
        long provinceId = rankings.provinceOf(unit);
        List<Figure> rows = new ArrayList<>();
        for (IndexDef index : indexes.indexes(provinceId, period.year())) {
            UnitRef province = rankings.province(index);
            for (UnitTier tier : shownTiers(index, unit)) {
                RankingService.Ranking r = rankings.ranking(index, tier, unit.tier().isTop() ? province : unit);
                if (!r.visible() || r.rows().isEmpty()) {
                    continue;
                }
                List<RankingService.RankingRow> shown = new ArrayList<>(r.rows().subList(0, Math.min(3, r.rows().size())));
                if (r.rows().size() > 3) {
                    shown.addAll(r.rows().subList(Math.max(3, r.rows().size() - 3), r.rows().size()));
                }
                for (RankingService.RankingRow row : shown) {
                    rows.add(new Figure(t("rankings.excel.overview.row", locale, index.name(locale), t("rankings.tier." + tier.name(), locale),
                            String.valueOf(row.rank()), UnitNames.name(row.unit(), locale)), row.score()));
                }
            }
            if (unit.tier() != UnitTier.PROVINCE && index.tiers().contains(unit.tier())) {
                RankingService.Ranking r = rankings.ranking(index, unit.tier(), province);
                r.row(unit.id()).ifPresent(row -> {
                    rows.add(new Figure(t("rankings.excel.overview.own-rank", locale, index.name(locale), UnitNames.name(unit, locale),
                            String.valueOf(r.rows().size())), row.rank()));
                    rows.add(new Figure(t("rankings.excel.overview.own-score", locale, index.name(locale), UnitNames.name(unit, locale)),
                            row.score()));
                });
            }
        }
        latestNational(provinceId, period).forEach(x -> {
            String series = t("rankings.national.series." + x.kind().name(), locale);
            rows.add(new Figure(t("rankings.excel.overview.national", locale, series, String.valueOf(x.year())), x.value()));
            if (x.rank() != null) {
                rows.add(new Figure(t("rankings.excel.overview.national-rank", locale, series, String.valueOf(x.year()),
                        x.provinces() == null ? "?" : String.valueOf(x.provinces())), x.rank()));
            }
        });
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Figures(t("rankings.overview.title", locale, String.valueOf(period.year())), rows));
    }

    /** The tiers the card shows under the unit: under the province its departments and districts, not the communes. */
    private List<UnitTier> shownTiers(IndexDef index, UnitRef unit) {
        List<UnitTier> tiers = new ArrayList<>(rankings.tiersUnder(index, unit));
        if (unit.tier() == UnitTier.PROVINCE) {
            tiers.remove(UnitTier.COMMUNE);
        }
        return tiers;
    }

    /** The province's latest national result of each kind up to the period's year, in the order of the kinds. */
    private List<NationalResult> latestNational(long provinceId, Period period) {
        Map<NationalResult.Kind, NationalResult> latest = rankings.national(provinceId).stream()
                .filter(x -> x.year() <= period.year())
                .collect(Collectors.toMap(NationalResult::kind, x -> x, (a, b) -> a.year() >= b.year() ? a : b));
        return latest.values().stream().sorted(Comparator.comparing(NationalResult::kind)).toList();
    }

    private static Paragraph line(String label, List<RankingService.RankingRow> rows, IndexDef index, Locale locale) {
        Paragraph p = new Paragraph(label + ": " + rows.stream().map(r -> r.rank() + ". " + UnitNames.name(r.unit(), locale) + " ("
                + RankingUi.score(index, r.score(), locale) + ")").collect(Collectors.joining(", ")));
        p.addClassName("rk-overview-line");
        return p;
    }

    private static String t(String key, Locale locale, Object... params) {
        return AppI18NProvider.text(key, locale, params);
    }
}
