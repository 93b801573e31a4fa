@NullMarked
package vn.reformdesk.notifications.ui;

import org.jspecify.annotations.NullMarked;
