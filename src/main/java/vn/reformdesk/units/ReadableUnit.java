package vn.reformdesk.units;

/**
 * Proof that the current user may read a unit's data: only {@link UnitService#readable(UnitRef)} and its
 * siblings create one, after the scope check (the constructor is package-private). A service method that
 * takes a {@code ReadableUnit} instead of a {@code UnitRef} or an id cannot be called with a unit that was
 * never checked. Hold it no longer than one request: it is not a grant for another user.
 */
public final class ReadableUnit {

    private final UnitRef unit;

    ReadableUnit(UnitRef unit) {
        this.unit = unit;
    }

    public UnitRef unit() {
        return unit;
    }

    public long id() {
        return unit.id();
    }

    public String code() {
        return unit.code();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReadableUnit other && other.unit.equals(unit);
    }

    @Override
    public int hashCode() {
        return unit.hashCode();
    }

    @Override
    public String toString() {
        return "ReadableUnit[" + unit.code() + "]";
    }
}
