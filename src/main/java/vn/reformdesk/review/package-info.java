/**
 * The review meeting (họp sơ kết, tổng kết): where the unit stands field by field against its targets, which
 * units below it are behind and by how much in each field's own terms, the biggest movers, the province's
 * national results and what became of the previous meeting's directives; the same report feeds the page, the
 * presentation mode and the briefing pack (PDF and Excel).
 */
@NullMarked
package vn.reformdesk.review;

import org.jspecify.annotations.NullMarked;
