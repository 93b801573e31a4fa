/**
 * The committee's review meetings and their directives (kết luận chỉ đạo): who must do what by when, about
 * which figure; followed up like plan tasks (status with its effective day, evidence, history, overdue). The
 * responsible leaders see them through {@link vn.reformdesk.scorecard.AgendaSource}.
 */
@NullMarked
package vn.reformdesk.directives;

import org.jspecify.annotations.NullMarked;
