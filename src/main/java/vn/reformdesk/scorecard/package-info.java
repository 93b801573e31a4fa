/**
 * How a unit stands, field by field, and what it must do: the contracts through which plans, dossiers,
 * rankings and inspections (and the committee's directives) feed the review page, a leader's "My unit"
 * page and the briefing pack without those pages reaching into four services. Each feature registers
 * beans implementing {@link vn.reformdesk.scorecard.FieldScorecard} and
 * {@link vn.reformdesk.scorecard.AgendaSource}.
 */
@NullMarked
package vn.reformdesk.scorecard;

import org.jspecify.annotations.NullMarked;
