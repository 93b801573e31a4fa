@NullMarked
package vn.reformdesk.units.ui;

import org.jspecify.annotations.NullMarked;
