/**
 * The audit trail: every committed write of every service, who made it, when, from which address, with
 * which input, and the before and after of the entities it changed. See the decision record of 2026-11-30.
 */
@NullMarked
package vn.reformdesk.audit;

import org.jspecify.annotations.NullMarked;
