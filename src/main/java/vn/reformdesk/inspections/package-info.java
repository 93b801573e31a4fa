/**
 * Inspections (kiểm tra CCHC): the inspection plan of a unit for a year, outcomes with findings and
 * recommendations, the follow-up of recommendations by the inspected units, progress, and suggestions for
 * the next surprise inspections. {@link vn.reformdesk.inspections.InspectionService} is the boundary.
 */
@NullMarked
package vn.reformdesk.inspections;

import org.jspecify.annotations.NullMarked;
