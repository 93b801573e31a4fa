package vn.reformdesk.dossiers;

/** Reaches the export with a small limit from tests in other packages. */
public final class DossierListServiceAccess {

    private DossierListServiceAccess() {
    }

    public static long forEach(DossierListService list, DossierListService.Query q, int limit) {
        return list.forEach(q, DossierListService.Sort.ID, true, limit, r -> { });
    }
}
