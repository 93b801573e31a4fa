package vn.reformdesk.plans;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.util.List;

/** What the secretariat writes about a task. An empty number is given the next free number. */
public record TaskDraft(String number, String title, long areaId, long leadUnitId, List<Long> supportUnitIds,
                        @Nullable LocalDate deadline, @Nullable String expectedOutput, @Nullable Integer targetCount) {
}
