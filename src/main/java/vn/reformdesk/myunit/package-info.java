/**
 * "My unit": a unit leader's home page. It gathers, through the {@code scorecard} contracts only, each field's
 * figures against their targets, everything the unit must do (overdue first) and the units below it, worst first.
 */
@NullMarked
package vn.reformdesk.myunit;

import org.jspecify.annotations.NullMarked;
