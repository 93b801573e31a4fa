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
            List<UnitTier> tiers = new ArrayList<>(rankings.tiersUnder(index, unit));
            if (unit.tier() == UnitTier.PROVINCE) {
                tiers.remove(UnitTier.COMMUNE);
            }
            for (UnitTier tier : tiers) {
                RankingService.Ranking r = rankings.ranking(index, tier, unit.tier() == UnitTier.PROVINCE ? province : unit);
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
        Map<NationalResult.Kind, NationalResult> latest = rankings.national(provinceId).stream()
                .filter(x -> x.year() <= period.year())
                .collect(Collectors.toMap(NationalResult::kind, x -> x, (a, b) -> a.year() >= b.year() ? a : b));
        if (!latest.isEmpty()) {
            Span title = new Span(t("rankings.overview.national", locale));
            title.addClassName("rk-overview-title");
            body.add(title);
            UnorderedList list = new UnorderedList();
            latest.values().stream().sorted(Comparator.comparing(NationalResult::kind)).forEach(x -> list.add(new ListItem(
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
