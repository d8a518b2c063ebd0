package co.encadena.api.imports.format;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of a CSV file by name (case and surrounding spaces ignored), with the numbered column groups
 * of object lists: {@code offerings.1.name}, {@code offerings.1.unspsc}, {@code offerings.2.name}, …
 */
public final class CsvHeader {

    private static final Pattern GROUP = Pattern.compile("([a-z]+)\\.(\\d{1,3})\\.([a-z]+)");

    private final Map<String, Integer> columns = new HashMap<>();
    private final Map<String, TreeMap<Integer, Map<String, Integer>>> groups = new HashMap<>();

    CsvHeader(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
            Matcher m = GROUP.matcher(name);
            if (m.matches()) {
                groups.computeIfAbsent(m.group(1), k -> new TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(m.group(2)), k -> new HashMap<>())
                        .put(m.group(3), i);
            } else if (!name.isEmpty()) {
                columns.putIfAbsent(name, i);
            }
        }
    }

    Integer column(String name) {
        return columns.get(name.toLowerCase(Locale.ROOT));
    }

    boolean has(String name) {
        return columns.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** Group number → (part → column) for a list, in number order. */
    TreeMap<Integer, Map<String, Integer>> groups(String list) {
        return groups.getOrDefault(list.toLowerCase(Locale.ROOT), new TreeMap<>());
    }
}
