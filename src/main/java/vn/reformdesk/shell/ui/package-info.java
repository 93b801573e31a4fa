@NullMarked
package vn.reformdesk.shell.ui;

import org.jspecify.annotations.NullMarked;
