package co.encadena.matching.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Formats reason and gap arguments the same way everywhere (kilometres as whole numbers). */
final class Explanations {

    private Explanations() {
    }

    static List<String> strings(Object... args) {
        List<String> out = new ArrayList<>(args.length);
        for (Object arg : args) {
            out.add(arg instanceof Double d ? km(d) : String.valueOf(arg));
        }
        return out;
    }

    static String km(double km) {
        return String.format(Locale.ROOT, "%d", Math.round(km));
    }
}
