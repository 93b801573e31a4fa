/**
 * Inspections (kiểm tra CCHC): the inspection plan of a unit for a year, outcomes with findings and
 * recommendations, the follow-up of recommendations by the inspected units, progress, and suggestions for
 * the next surprise inspections. {@link vn.reformdesk.inspections.InspectionQueries} and {@link vn.reformdesk.inspections.InspectionCommands} (and their recommendation counterparts) are the boundary.
 */
@NullMarked
package vn.reformdesk.inspections;

import org.jspecify.annotations.NullMarked;
