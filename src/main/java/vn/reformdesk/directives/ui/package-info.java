/** The meeting page and the list of directives addressed to a unit. */
@NullMarked
package vn.reformdesk.directives.ui;

import org.jspecify.annotations.NullMarked;
