package vn.reformdesk.inspections.ui;

import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;
import vn.reformdesk.inspections.InspectionFilter;
import vn.reformdesk.inspections.InspectionStatus;
import vn.reformdesk.inspections.InspectionType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Type and status filters shared by the calendar and the list (the unit subtree is the selected unit). */
class InspectionFilters extends HorizontalLayout {

    private final Select<Optional<InspectionType>> type = new Select<>();
    private final Select<Optional<InspectionStatus>> status = new Select<>();

    InspectionFilters(Locale locale, Runnable onChange) {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("insp-filters");
        List<Optional<InspectionType>> types = new ArrayList<>(List.of(Optional.empty()));
        Arrays.stream(InspectionType.values()).map(Optional::of).forEach(types::add);
        type.setLabel(getTranslation("inspections.field.type"));
        type.setItems(types);
        type.setItemLabelGenerator(o -> o.map(t -> InspectionTexts.type(t, locale)).orElse(getTranslation("inspections.filter.all")));
        type.setValue(Optional.empty());
        type.setId("filter-type");
        List<Optional<InspectionStatus>> statuses = new ArrayList<>(List.of(Optional.empty()));
        Arrays.stream(InspectionStatus.values()).map(Optional::of).forEach(statuses::add);
        status.setLabel(getTranslation("inspections.field.status"));
        status.setItems(statuses);
        status.setItemLabelGenerator(o -> o.map(s -> InspectionTexts.status(s, locale)).orElse(getTranslation("inspections.filter.all")));
        status.setValue(Optional.empty());
        status.setId("filter-status");
        type.addValueChangeListener(e -> onChange.run());
        status.addValueChangeListener(e -> onChange.run());
        add(type, status);
    }

    /** Opens the list on one status (the figure it was opened from). */
    void showStatus(@Nullable InspectionStatus value) {
        status.setValue(Optional.ofNullable(value));
    }

    InspectionFilter apply(InspectionFilter filter) {
        return filter.withType(value(type.getValue())).withStatus(value(status.getValue()));
    }

    private static <T> @Nullable T value(@Nullable Optional<T> o) {
        return o == null ? null : o.orElse(null);
    }
}
