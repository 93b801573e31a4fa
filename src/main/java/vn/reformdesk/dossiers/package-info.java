/**
 * One-stop dossiers (hồ sơ thủ tục hành chính): records pushed or imported from the units' one-stop
 * systems, period totals of units that report only the statistics form, the rollups that keep the KPIs
 * fast, and the KPIs themselves, all defined once in {@link vn.reformdesk.dossiers.DossierKpi}.
 */
@NullMarked
package vn.reformdesk.dossiers;

import org.jspecify.annotations.NullMarked;
