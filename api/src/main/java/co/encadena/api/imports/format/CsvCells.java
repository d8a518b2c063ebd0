package co.encadena.api.imports.format;

import co.encadena.api.common.validation.Violations;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * How values are written in spreadsheet cells, both ways. Exported cells that a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or carriage return) are prefixed with an apostrophe, which
 * spreadsheets show as text; on import that apostrophe is removed again, so "+57 604…" survives the round
 * trip. Lists of codes are separated by "|" (";" and "," are accepted too); yes/no cells accept sí/no,
 * true/false and 1/0; dates are ISO or day/month/year as spreadsheets in Colombia display them.
 */
public final class CsvCells {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[|;,\\s]+");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Set<String> YES = Set.of("si", "sí", "true", "verdadero", "1", "s", "x");
    private static final Set<String> NO = Set.of("no", "false", "falso", "0", "n");

    private CsvCells() {
    }

    /** A cell as text: trimmed, null when empty or absent, formula protection removed. */
    public static String text(CSVRecord record, Integer index) {
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index);
        if (value == null) {
            return null;
        }
        value = value.strip();
        if (value.length() > 1 && value.charAt(0) == '\'' && isFormulaStart(value.charAt(1))) {
            value = value.substring(1);
        }
        return value.isEmpty() ? null : value;
    }

    /** What a spreadsheet shows as text whatever it holds. */
    public static String neutralize(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return isFormulaStart(value.charAt(0)) ? "'" + value : value;
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    static Boolean bool(String cell, String field, Violations out) {
        if (cell == null) {
            return null;
        }
        String v = cell.toLowerCase(Locale.ROOT);
        if (YES.contains(v)) {
            return true;
        }
        if (NO.contains(v)) {
            return false;
        }
        out.add(field, "import.csv.boolean");
        return null;
    }

    static List<String> list(String cell) {
        if (cell == null) {
            return null;
        }
        return Arrays.stream(LIST_SEPARATOR.split(cell)).filter(s -> !s.isEmpty()).toList();
    }

    static String date(String cell) {
        if (cell == null) {
            return null;
        }
        Matcher m = DAY_MONTH_YEAR.matcher(cell);
        if (m.matches()) {
            return String.format("%s-%02d-%02d", m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        return cell;
    }

    static Integer integer(String cell, String field, Violations out) {
        if (cell == null) {
            return null;
        }
        try {
            return Integer.valueOf(cell.replace(".", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            out.add(field, "import.json.integer");
            return null;
        }
    }

    static String yesNo(boolean value) {
        return value ? "sí" : "no";
    }

    static String join(List<String> codes) {
        return String.join("|", codes);
    }
}
