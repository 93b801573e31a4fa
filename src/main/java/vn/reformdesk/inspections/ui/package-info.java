/** The inspection pages: progress with drill-down and suggestions, calendar, list, and open recommendations. */
@NullMarked
package vn.reformdesk.inspections.ui;

import org.jspecify.annotations.NullMarked;
