@NullMarked
package vn.reformdesk.audit.ui;

import org.jspecify.annotations.NullMarked;
