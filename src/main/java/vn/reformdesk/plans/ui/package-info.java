@NullMarked
package vn.reformdesk.plans.ui;

import org.jspecify.annotations.NullMarked;
