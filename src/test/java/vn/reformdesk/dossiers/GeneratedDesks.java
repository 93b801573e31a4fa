package vn.reformdesk.dossiers;

import vn.reformdesk.support.TestUnits;

import java.util.ArrayList;
import java.util.List;

/** Every desk of a test province (the province, its districts, communes and departments) for the generator. */
final class GeneratedDesks {

    private GeneratedDesks() {
    }

    static List<DossierGenerator.Desk> of(TestUnits.Tree tree) {
        List<DossierGenerator.Desk> desks = new ArrayList<>();
        desks.add(new DossierGenerator.Desk(tree.province().code(), tree.province().tier()));
        tree.districts().forEach(d -> desks.add(new DossierGenerator.Desk(d.code(), d.tier())));
        tree.communes().forEach(l -> l.forEach(c -> desks.add(new DossierGenerator.Desk(c.code(), c.tier()))));
        tree.departments().forEach(s -> desks.add(new DossierGenerator.Desk(s.code(), s.tier())));
        return desks;
    }
}
