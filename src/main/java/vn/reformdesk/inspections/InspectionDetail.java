package vn.reformdesk.inspections;

import java.util.List;

/** An inspection with its recommendations, for the editor. */
public record InspectionDetail(Inspection inspection, List<Recommendation> recommendations) {
}
