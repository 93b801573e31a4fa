package vn.reformdesk.units;

/** Where a unit stands: territorial levels, and departments (ranked and inspected like districts). */
public enum UnitTier {
    PROVINCE, DISTRICT, COMMUNE, DEPARTMENT
}
