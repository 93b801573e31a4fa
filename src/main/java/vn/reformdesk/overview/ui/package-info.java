@NullMarked
package vn.reformdesk.overview.ui;

import org.jspecify.annotations.NullMarked;
