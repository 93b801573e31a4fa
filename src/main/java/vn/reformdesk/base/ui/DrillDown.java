package vn.reformdesk.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * A grid whose rows open something (drill down to a unit, open a record) opens it on a click AND on Enter on a
 * focused row, through the same code: keyboard users reach everything a mouse reaches. Enter pressed on a button
 * or link inside a cell stays that control's own (only Enter on the cell itself opens the row).
 */
public final class DrillDown {

    private DrillDown() {
    }

    /** Opens the row on click and on Enter. */
    public static <T> void rows(Grid<T> grid, SerializableConsumer<T> open) {
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        onEnter(grid, open);
    }

    /** Opens the focused row on Enter only (for a grid whose click already does it some other way, e.g. by selection). */
    public static <T> void onEnter(Grid<T> grid, SerializableConsumer<T> open) {
        @SuppressWarnings("unchecked")
        T[] focused = (T[]) new Object[1];
        grid.addCellFocusListener(e -> focused[0] = e.getItem().orElse(null));
        grid.getElement().addEventListener("keydown", e -> {
            if (focused[0] != null) {
                open.accept(focused[0]);
            }
        }).setFilter("event.key === 'Enter' && event.target === element");
        grid.addClassName("drill-down");
    }
}
