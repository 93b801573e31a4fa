/** The frame around every page: layout, navigation, header with the selected unit and period. */
@NullMarked
package vn.reformdesk.shell;

import org.jspecify.annotations.NullMarked;
