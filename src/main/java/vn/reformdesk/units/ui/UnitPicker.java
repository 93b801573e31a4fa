package vn.reformdesk.units.ui;

import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.function.SerializableBiFunction;
import vn.reformdesk.base.SearchText;
import vn.reformdesk.units.UnitRef;

import java.util.Collection;
import java.util.List;

/**
 * Every combo box that offers units filters them the same way as the unit search: by name in either language
 * without regard to case or diacritics, or by the start of the code ({@link SearchText}); and says so below the
 * field when the typed text finds nothing ({@code units.nothing-found}), instead of an empty drop-down.
 */
public final class UnitPicker {

    private UnitPicker() {
    }

    /** The units to choose from, filtered on the server. */
    public static void setUnits(ComboBoxBase<?, UnitRef, ?> box, Collection<UnitRef> units) {
        List<UnitRef> all = List.copyOf(units);
        setSearch(box, (typed, limit) -> all.stream()
                .filter(u -> SearchText.matches(typed, u.code(), u.name(), u.nameEn())).limit(limit).toList());
    }

    /** Units found by a search (typically {@code UnitService.search}) given the typed text and how many are wanted. */
    public static void setSearch(ComboBoxBase<?, UnitRef, ?> box, SerializableBiFunction<String, Integer, List<UnitRef>> search) {
        String[] ownHelper = {null};
        boolean[] showing = {false};
        box.setItems(query -> {
            String typed = query.getFilter().orElse("");
            List<UnitRef> found = search.apply(typed, query.getOffset() + query.getLimit());
            if (query.getOffset() == 0) {
                boolean nothing = !typed.isBlank() && found.isEmpty();
                if (nothing && !showing[0]) {
                    ownHelper[0] = box.getHelperText();
                }
                if (nothing) {
                    box.setHelperText(box.getTranslation("units.nothing-found", typed.trim()));
                } else if (showing[0]) {
                    box.setHelperText(ownHelper[0]);
                }
                showing[0] = nothing;
                box.setClassName("nothing-found", nothing);
            }
            return found.stream().skip(query.getOffset()).limit(query.getLimit());
        });
    }
}
