package co.encadena.api.imports.format;

import co.encadena.api.suppliers.domain.SupplierProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * How a profile's coverage is written: "CO" for national coverage followed by the departments other than the
 * home one (which national coverage already implies); otherwise every department, home first. Reading that
 * back gives the same profile.
 */
final class Coverage {

    private Coverage() {
    }

    static List<String> cells(SupplierProfile p) {
        if (!p.nationalCoverage()) {
            return p.coverage();
        }
        List<String> cells = new ArrayList<>();
        cells.add("CO");
        p.coverage().stream().filter(d -> !d.equals(p.department())).forEach(cells::add);
        return cells;
    }
}
