/** The frame around every page: layout, navigation, the selected unit and period kept in the URL. */
@NullMarked
package vn.reformdesk.shell;

import org.jspecify.annotations.NullMarked;
