/** The dossier dashboard: KPI tiles, trend, breakdowns and the drill-down table. */
@NullMarked
package vn.reformdesk.dossiers.ui;

import org.jspecify.annotations.NullMarked;
