package vn.reformdesk.base;

/**
 * A feature's demo data. In demo mode every contributor runs once, in {@link #order()}, in its own
 * transaction; a contributor that has run is recorded and never runs again on the same database.
 * Units come first (order 100), users next (200); features use 1000 and above.
 */
public interface DemoDataContributor {

    /** A stable name, recorded once the data is loaded. */
    String key();

    int order();

    void load();
}
