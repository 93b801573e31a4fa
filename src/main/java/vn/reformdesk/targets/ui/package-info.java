/** The targets page of the secretariat. */
@NullMarked
package vn.reformdesk.targets.ui;

import org.jspecify.annotations.NullMarked;
