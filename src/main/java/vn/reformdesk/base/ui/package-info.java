@NullMarked
package vn.reformdesk.base.ui;

import org.jspecify.annotations.NullMarked;
