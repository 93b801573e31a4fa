package vn.reformdesk.rankings.ui;

import vn.reformdesk.base.AppI18NProvider;
import vn.reformdesk.base.Formats;
import vn.reformdesk.base.TableWorkbook;
import vn.reformdesk.rankings.CriteriaTree;
import vn.reformdesk.rankings.Criterion;
import vn.reformdesk.rankings.IndexDef;
import vn.reformdesk.units.UnitNames;
import vn.reformdesk.units.UnitRef;
import vn.reformdesk.units.UnitTier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The year's index definitions as the definition page shows them, for Excel: one sheet listing the indexes (code, name,
 * tiers, scale, bands, status), then one sheet per index with its criteria tree, parents before their children, each
 * node with its level (1 = area), the code of its parent, its maximum and whether a survey scores it.
 */
final class IndexDefinitionExport {

    private static final List<UnitTier> RANKABLE = List.of(UnitTier.PROVINCE, UnitTier.DEPARTMENT, UnitTier.DISTRICT, UnitTier.COMMUNE);

    private IndexDefinitionExport() {
    }

    static List<TableWorkbook.Table> definitions(List<IndexDef> indexes, Map<Long, CriteriaTree> trees, UnitRef province, int year,
                                                 LocalDate asOf, Locale locale) {
        String asOfLine = t("rankings.lost.excel.as-of", locale, Formats.date(asOf, locale));
        List<TableWorkbook.Table> tables = new ArrayList<>();
        tables.add(new TableWorkbook.Table(t("rankings.define.excel.indexes-sheet", locale, String.valueOf(year)),
                List.of(t("rankings.define.excel.head", locale, UnitNames.name(province, locale), province.code(), String.valueOf(year)), asOfLine),
                List.of(t("rankings.define.code", locale), t("rankings.col.name", locale), t("rankings.define.tiers", locale),
                        t("rankings.define.scale", locale), t("rankings.define.bands", locale), t("rankings.col.max", locale),
                        t("rankings.define.status", locale)),
                indexes.stream().<List<?>>map(i -> Arrays.asList(i.code(), i.name(locale),
                        String.join(", ", RANKABLE.stream().filter(i.tiers()::contains).map(x -> t("rankings.tier." + x.name(), locale)).toList()),
                        t("rankings.define.scale." + i.scale().name(), locale), IndexDefinitionView.bandsText(i.bands()),
                        trees.get(i.id()).maxTotal(), t(i.isPublished() ? "rankings.define.published" : "rankings.define.draft", locale))).toList()));
        for (IndexDef index : indexes) {
            CriteriaTree tree = trees.get(index.id());
            tables.add(new TableWorkbook.Table(index.code(),
                    List.of(t("rankings.define.excel.criteria-head", locale, index.name(locale), String.valueOf(index.year()),
                            UnitNames.name(province, locale), province.code()), asOfLine),
                    List.of(t("rankings.col.criterion", locale), t("rankings.lost.criterion", locale), t("rankings.define.excel.level", locale),
                            t("rankings.define.excel.parent", locale), t("rankings.col.max", locale), t("rankings.define.source", locale)),
                    tree.all().stream().<List<?>>map(c -> Arrays.asList(c.code(), c.name(locale), level(tree, c),
                            c.parentId() == null ? null : tree.get(c.parentId()).code(), c.max(),
                            c.survey() ? t("rankings.col.survey", locale) : null)).toList()));
        }
        return tables;
    }

    /** 1 for an area, 2 for its criteria, 3 for their sub-criteria … */
    static int level(CriteriaTree tree, Criterion c) {
        int level = 1;
        for (Criterion node = c; node.parentId() != null; node = tree.get(node.parentId())) {
            level++;
        }
        return level;
    }

    private static String t(String key, Locale locale, Object... args) {
        return AppI18NProvider.text(key, locale, args);
    }
}
