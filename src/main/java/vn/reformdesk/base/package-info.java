/** Shared building blocks without knowledge of any feature: periods, locale formats, import errors, the chart component. */
@NullMarked
package vn.reformdesk.base;

import org.jspecify.annotations.NullMarked;
