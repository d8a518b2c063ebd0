package co.encadena.api.imports.format;

import co.encadena.api.common.validation.Violations;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads typed fields from a JSON object and reports a wrong type at its path ("municipality" given as a
 * number loses its leading zero, so codes must be strings). Missing and null fields read as null; unknown
 * fields are ignored.
 */
final class JsonFields {

    private JsonFields() {
    }

    static String text(JsonNode node, String name, String path, Violations out) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            out.add(path, "import.json.text");
            return null;
        }
        return v.textValue();
    }

    static Boolean bool(JsonNode node, String name, String path, Violations out) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            out.add(path, "import.json.boolean");
            return null;
        }
        return v.booleanValue();
    }

    static Integer integer(JsonNode node, String name, String path, Violations out) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            out.add(path, "import.json.integer");
            return null;
        }
        return v.intValue();
    }

    /** An object field; null (and a violation) when it is something else. */
    static JsonNode object(JsonNode node, String name, String path, Violations out) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            out.add(path, "import.json.object");
            return null;
        }
        return v;
    }

    static List<String> texts(JsonNode node, String name, String path, Violations out) {
        return list(node, name, path, out, (item, at) -> {
            if (!item.isTextual()) {
                out.add(at, "import.json.text");
                return null;
            }
            return item.textValue();
        });
    }

    static <T> List<T> objects(JsonNode node, String name, String path, Violations out,
                               BiFunction<JsonNode, String, T> read) {
        return list(node, name, path, out, (item, at) -> {
            if (!item.isObject()) {
                out.add(at, "import.json.object");
                return null;
            }
            return read.apply(item, at);
        });
    }

    private static <T> List<T> list(JsonNode node, String name, String path, Violations out,
                                    BiFunction<JsonNode, String, T> read) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            out.add(path, "import.json.list");
            return null;
        }
        List<T> items = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            // a null entry stays in place so later indexes still match the file
            items.add(v.get(i).isNull() ? null : read.apply(v.get(i), path + "[" + i + "]"));
        }
        return items;
    }
}
