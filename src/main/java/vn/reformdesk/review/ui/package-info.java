/** The review page, its presentation mode, and the briefing pack downloads. */
@NullMarked
package vn.reformdesk.review.ui;

import org.jspecify.annotations.NullMarked;
