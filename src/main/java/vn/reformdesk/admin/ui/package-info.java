@NullMarked
package vn.reformdesk.admin.ui;

import org.jspecify.annotations.NullMarked;
