/** The home page: the selected unit at a glance. Features add their cards through {@link vn.reformdesk.overview.OverviewCard}. */
@NullMarked
package vn.reformdesk.overview;

import org.jspecify.annotations.NullMarked;
