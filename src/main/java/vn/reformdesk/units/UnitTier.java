package vn.reformdesk.units;

/**
 * Where a unit stands: territorial levels, and departments (ranked and inspected like districts). NATION is the
 * whole country, the root of a ministry's installation only ({@link Installation}); a province's installation
 * has provinces as its roots.
 */
public enum UnitTier {
    NATION, PROVINCE, DISTRICT, COMMUNE, DEPARTMENT;

    /** The tier whose units are drilled into first and ranked against each other: the country's or a province's. */
    public boolean isTop() {
        return this == NATION || this == PROVINCE;
    }
}
