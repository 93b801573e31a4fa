/**
 * Index rankings: the province's own PAR index of departments, districts and communes per year (criteria
 * tree, rating bands and scale as data), scores in revisions that are frozen once published, the ranking
 * with year-over-year change, where a unit lost its points, and the province's national results.
 */
@NullMarked
package vn.reformdesk.rankings;

import org.jspecify.annotations.NullMarked;
