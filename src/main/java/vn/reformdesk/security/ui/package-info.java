@NullMarked
package vn.reformdesk.security.ui;

import org.jspecify.annotations.NullMarked;
