/** Demo mode: runs every feature's {@link vn.reformdesk.base.DemoDataContributor} once, and creates the demo users. */
@NullMarked
package vn.reformdesk.demo;

import org.jspecify.annotations.NullMarked;
