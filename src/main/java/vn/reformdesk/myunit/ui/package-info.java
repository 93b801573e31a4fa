@NullMarked
package vn.reformdesk.myunit.ui;

import org.jspecify.annotations.NullMarked;
