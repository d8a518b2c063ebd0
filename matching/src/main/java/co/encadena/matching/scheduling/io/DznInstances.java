package co.encadena.matching.scheduling.io;

import co.encadena.matching.scheduling.model.MeetingRequest;
import co.encadena.matching.scheduling.model.Participant;
import co.encadena.matching.scheduling.model.Role;
import co.encadena.matching.scheduling.model.RuedaInstance;
import co.encadena.matching.scheduling.model.Session;
import co.encadena.matching.scheduling.model.Slot;
import co.encadena.matching.scheduling.model.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the MiniZinc data files of the JAIR B2B meeting-scheduling benchmark ({@code shared/benchmarks/b2b})
 * into rueda instances: participants {@code B1..Bn} (role ALLY: the benchmark has no roles), slots
 * {@code t01..tT}, a morning and an afternoon session when {@code nMorningSlots < nTotalSlots}, shared tables
 * only, every request mandatory with weight 1, forbidden slots as unavailable slots. A pair requested twice
 * becomes one request (the product holds one meeting per pair), counted in {@link Converted#duplicatePairs}.
 */
public final class DznInstances {
    /** The instance and how many repeated pairs were merged. */
    public record Converted(RuedaInstance instance, int duplicatePairs) {
    }

    private DznInstances() {
    }

    public static Converted read(Path file) throws IOException {
        String name = file.getFileName().toString().replace(".original.dzn", "").replace(".dzn", "");
        return parse(name, Files.readString(file));
    }

    public static Converted parse(String name, String text) {
        String src = text.replaceAll("%[^\n]*", "");
        int nBusiness = intParam(src, "nBusiness");
        int nTables = intParam(src, "nTables");
        int nSlots = intParam(src, "nTotalSlots");
        int nMorning = intParam(src, "nMorningSlots");

        List<String> slotIds = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        for (int t = 1; t <= nSlots; t++) {
            String id = String.format("t%02d", t);
            slotIds.add(id);
            slots.add(new Slot(id, null, null));
        }
        List<Session> sessions = new ArrayList<>();
        boolean split = nMorning < nSlots;
        if (split) {
            sessions.add(new Session("manana", slotIds.subList(0, nMorning)));
            sessions.add(new Session("tarde", slotIds.subList(nMorning, nSlots)));
        } else {
            sessions.add(new Session("jornada", slotIds));
        }
        List<Table> tables = new ArrayList<>();
        for (int l = 1; l <= nTables; l++) {
            tables.add(new Table(String.format("M%02d", l), "Mesa " + l));
        }

        List<List<Integer>> forbidden = setArray(src, "forbidden");
        List<Participant> participants = new ArrayList<>();
        for (int p = 1; p <= nBusiness; p++) {
            List<String> unavailable = new ArrayList<>();
            if (p - 1 < forbidden.size()) {
                for (int t : forbidden.get(p - 1)) {
                    if (t >= 1 && t <= nSlots) {
                        unavailable.add(slotIds.get(t - 1));
                    }
                }
            }
            participants.add(new Participant("B" + p, Role.ALLY, null, null, null, null, unavailable));
        }

        List<MeetingRequest> requests = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        int duplicates = 0;
        for (int[] row : rows(src, "requested")) {
            int a = Math.min(row[0], row[1]);
            int b = Math.max(row[0], row[1]);
            if (!pairs.add(a + "-" + b)) {
                duplicates++;
                continue;
            }
            String session = !split || row[2] == 3 ? null : row[2] == 1 ? "manana" : "tarde";
            requests.add(new MeetingRequest("B" + row[0], "B" + row[1], "ORGANIZER", 1, true, session));
        }
        RuedaInstance instance = new RuedaInstance(name, "Europe/Madrid", sessions, slots, tables, participants,
                requests, List.of());
        return new Converted(instance, duplicates);
    }

    private static int intParam(String src, String name) {
        Matcher m = Pattern.compile("\\b" + name + "\\s*=\\s*(\\d+)\\s*;").matcher(src);
        if (!m.find()) {
            throw new IllegalArgumentException("missing " + name + " in .dzn data");
        }
        return Integer.parseInt(m.group(1));
    }

    private static String body(String src, String name, String open, String close) {
        Matcher m = Pattern.compile("\\b" + name + "\\s*=\\s*" + Pattern.quote(open)).matcher(src);
        if (!m.find()) {
            throw new IllegalArgumentException("missing " + name + " in .dzn data");
        }
        int end = src.indexOf(close, m.end());
        return src.substring(m.end(), end);
    }

    private static List<int[]> rows(String src, String name) {
        List<int[]> rows = new ArrayList<>();
        for (String row : body(src, name, "[|", "|]").split("\\|")) {
            String[] parts = row.replaceAll("\\s", "").split(",");
            List<Integer> values = new ArrayList<>();
            for (String part : parts) {
                if (!part.isEmpty()) {
                    values.add(Integer.parseInt(part));
                }
            }
            if (values.size() >= 3) {
                rows.add(new int[] {values.get(0), values.get(1), values.get(2)});
            }
        }
        return rows;
    }

    private static List<List<Integer>> setArray(String src, String name) {
        List<List<Integer>> sets = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([^}]*)}").matcher(body(src, name, "[", "];"));
        while (m.find()) {
            List<Integer> values = new ArrayList<>();
            for (String part : m.group(1).replaceAll("\\s", "").split(",")) {
                if (!part.isEmpty()) {
                    values.add(Integer.parseInt(part));
                }
            }
            sets.add(values);
        }
        return sets;
    }
}
