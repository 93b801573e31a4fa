package vn.reformdesk.units;

import java.util.List;

/**
 * Published inside the transaction that put whole subtrees below a new ancestor (a ministry's installation puts the
 * provinces below the country): features that keep figures per ancestor add the subtrees' figures to it, so the
 * new ancestor's figures include what was recorded before the move.
 *
 * @param ancestorId the unit the subtrees now sit below
 * @param rootIds    the roots of the subtrees moved (their ids and their own figures are unchanged)
 */
public record SubtreesMoved(long ancestorId, List<Long> rootIds) {
}
