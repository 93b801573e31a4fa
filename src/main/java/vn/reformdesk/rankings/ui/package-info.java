/** Views of the index rankings. */
@NullMarked
package vn.reformdesk.rankings.ui;

import org.jspecify.annotations.NullMarked;
