package co.encadena.api.demo;

import co.encadena.api.accounts.application.CreatingUser;
import co.encadena.api.accounts.domain.Role;
import co.encadena.api.demo.DemoCatalogue.Offering;
import co.encadena.api.ruedas.application.ManagingParticipants;
import co.encadena.api.search.persistence.SearchOutbox;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the demo programme into PostgreSQL once: if demo organizations already exist it does nothing, so
 * {@code scripts/start} can run any number of times. All in one transaction: either the whole demo is there
 * or none of it.
 */
@Singleton
public class DemoDataLoader {

    static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final JdbcOperations jdbc;
    private final CreatingUser creatingUser;
    private final SearchOutbox outbox;

    public DemoDataLoader(JdbcOperations jdbc, CreatingUser creatingUser, SearchOutbox outbox) {
        this.jdbc = jdbc;
        this.creatingUser = creatingUser;
        this.outbox = outbox;
    }

    /** A demo account: its role, e-mail and the password generated for it. */
    public record Login(String role, String email, String password, String organization) {
    }

    /** Result of a load: whether anything was written, how much, and the demo accounts created. */
    public record Outcome(boolean created, int suppliers, int anchors, int requirements, int ruedas, List<Login> logins) {
    }

    @Transactional
    public Outcome loadIfAbsent(long seed, int supplierCount) {
        Connection c = jdbc.getConnection();
        try {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(20261203)")) {
                lock.execute(); // two instances starting together must not both load
            }
            if (count(c, "SELECT count(*) FROM organization WHERE demo") > 0) {
                return new Outcome(false, 0, 0, 0, 0, List.of());
            }
            LocalDate today = LocalDate.now(BOGOTA);
            DemoDataset data = new DemoDataset(seed, today, municipalityCodes(c), certificationIssuers(c), supplierCount);
            insertOrganizers(c, data);
            insertSuppliers(c, data);
            insertAnchors(c, data);
            insertRequirements(c, data);
            insertRueda(c, data, today);
            List<Login> logins = createDemoUsers(data);
            // the search index learns of the demo in the same transaction, like of any other write
            outbox.enqueue(SearchOutbox.Entity.SUPPLIER, data.suppliers.stream().map(DemoDataset.Supplier::id).toList());
            outbox.enqueue(SearchOutbox.Entity.REQUIREMENT, data.requirements.stream().map(DemoDataset.Requirement::id).toList());
            LOG.info("Demo data loaded: {} suppliers, {} anchors, {} requirements, 1 rueda",
                    data.suppliers.size(), data.anchors.size(), data.requirements.size());
            return new Outcome(true, data.suppliers.size(), data.anchors.size(), data.requirements.size(), 1, logins);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the demo data", e);
        }
    }

    /**
     * One account per kind of user, on demo organizations, with passwords generated for this installation
     * (never a fixed demo password).
     */
    private List<Login> createDemoUsers(DemoDataset data) {
        DemoDataset.Organizer organizer = data.organizers.get(0);
        DemoDataset.Anchor anchor = data.anchors.get(0);
        DemoDataset.Supplier supplier = data.suppliers.get(0);
        List<Login> logins = new ArrayList<>();
        logins.add(demoUser(Role.ORGANIZER, "organizador@encadena.example.co", "Equipo EnCadena (demo)",
                organizer.id(), organizer.name()));
        logins.add(demoUser(Role.ANCHOR, "compras@altamira.example.co", "Compras " + anchor.name(),
                anchor.id(), anchor.name()));
        logins.add(demoUser(Role.SUPPLIER, supplier.contactEmail(), supplier.contactName(),
                supplier.id(), supplier.legalName()));
        return logins;
    }

    private Login demoUser(Role role, String email, String name, UUID organizationId, String organization) {
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        String password = "Demo-" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        creatingUser.create(email, name, role, organizationId, password);
        return new Login(role.name(), email, password, organization);
    }

    private static void insertOrganizers(Connection c, DemoDataset data) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO organization (id, kind, nit, legal_name, demo) VALUES (?, 'ORGANIZER', ?, ?, TRUE)")) {
            for (DemoDataset.Organizer o : data.organizers) {
                ps.setObject(1, o.id());
                ps.setString(2, o.nit());
                ps.setString(3, o.name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertSuppliers(Connection c, DemoDataset data) throws SQLException {
        try (PreparedStatement org = c.prepareStatement(
                "INSERT INTO organization (id, kind, nit, legal_name, trade_name, demo) VALUES (?, 'SUPPLIER', ?, ?, ?, TRUE)");
             PreparedStatement profile = c.prepareStatement("""
                     INSERT INTO supplier_profile (organization_id, size, popular_economy, municipality_code,
                       national_coverage, description, women_led, ethnic_group, victims, youth_led,
                       contact_name, contact_email, contact_phone)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement coverage = c.prepareStatement(
                     "INSERT INTO supplier_coverage (organization_id, department_code) VALUES (?, ?)");
             PreparedStatement ciiu = c.prepareStatement(
                     "INSERT INTO supplier_ciiu (organization_id, ciiu_code) VALUES (?, ?)");
             PreparedStatement chain = c.prepareStatement(
                     "INSERT INTO supplier_value_chain (organization_id, chain_code, link_code) VALUES (?, ?, ?)");
             PreparedStatement offering = c.prepareStatement(
                     "INSERT INTO supplier_offering (organization_id, position, name, description, unspsc) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement cert = c.prepareStatement("""
                     INSERT INTO supplier_certification (organization_id, certification_code, valid_until, issuer, number)
                     VALUES (?, ?, ?, ?, ?)""")) {
            for (DemoDataset.Supplier s : data.suppliers) {
                org.setObject(1, s.id());
                org.setString(2, s.nit());
                org.setString(3, s.legalName());
                org.setString(4, s.tradeName());
                org.addBatch();
                profile.setObject(1, s.id());
                profile.setString(2, s.size());
                profile.setBoolean(3, s.popularEconomy());
                profile.setString(4, s.municipality());
                profile.setBoolean(5, s.nationalCoverage());
                profile.setString(6, s.description());
                profile.setBoolean(7, s.womenLed());
                profile.setString(8, s.ethnicGroup());
                profile.setBoolean(9, s.victims());
                profile.setBoolean(10, s.youthLed());
                profile.setString(11, s.contactName());
                profile.setString(12, s.contactEmail());
                profile.setString(13, s.contactPhone());
                profile.addBatch();
                for (String department : s.coverage()) {
                    coverage.setObject(1, s.id());
                    coverage.setString(2, department);
                    coverage.addBatch();
                }
                for (String code : s.ciiu()) {
                    ciiu.setObject(1, s.id());
                    ciiu.setString(2, code);
                    ciiu.addBatch();
                }
                chain.setObject(1, s.id());
                chain.setString(2, s.chain());
                chain.setString(3, s.link());
                chain.addBatch();
                int position = 0;
                for (Offering o : s.offerings()) {
                    offering.setObject(1, s.id());
                    offering.setInt(2, position++);
                    offering.setString(3, o.name());
                    offering.setString(4, o.description());
                    offering.setString(5, o.unspsc());
                    offering.addBatch();
                }
                for (DemoDataset.Certificate k : s.certifications()) {
                    cert.setObject(1, s.id());
                    cert.setString(2, k.code());
                    if (k.validUntil() == null) {
                        cert.setNull(3, Types.DATE);
                    } else {
                        cert.setDate(3, Date.valueOf(k.validUntil()));
                    }
                    cert.setString(4, k.issuer());
                    cert.setString(5, k.number());
                    cert.addBatch();
                }
            }
            // parents before children: the foreign keys are checked per statement
            org.executeBatch();
            profile.executeBatch();
            coverage.executeBatch();
            ciiu.executeBatch();
            chain.executeBatch();
            offering.executeBatch();
            cert.executeBatch();
        }
    }

    private static void insertAnchors(Connection c, DemoDataset data) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO organization (id, kind, nit, legal_name, anchor_type, demo) VALUES (?, 'ANCHOR', ?, ?, ?, TRUE)")) {
            for (DemoDataset.Anchor a : data.anchors) {
                ps.setObject(1, a.id());
                ps.setString(2, a.nit());
                ps.setString(3, a.name());
                ps.setString(4, a.type());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertRequirements(Connection c, DemoDataset data) throws SQLException {
        try (PreparedStatement req = c.prepareStatement("""
                INSERT INTO requirement (id, anchor_id, external_id, title, description, value_chain_code, link_code,
                  max_distance_km, quantity, needed_by, status, prefers_women_led, prefers_pdet)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement ciiu = c.prepareStatement(
                     "INSERT INTO requirement_ciiu (requirement_id, ciiu_code) VALUES (?, ?)");
             PreparedStatement unspsc = c.prepareStatement(
                     "INSERT INTO requirement_unspsc (requirement_id, unspsc) VALUES (?, ?)");
             PreparedStatement cert = c.prepareStatement(
                     "INSERT INTO requirement_certification (requirement_id, certification_code, mandatory) VALUES (?, ?, ?)");
             PreparedStatement delivery = c.prepareStatement(
                     "INSERT INTO requirement_delivery_municipality (requirement_id, municipality_code) VALUES (?, ?)")) {
            for (DemoDataset.Requirement r : data.requirements) {
                req.setObject(1, r.id());
                req.setObject(2, r.anchorId());
                req.setString(3, r.externalId());
                req.setString(4, r.need().title());
                req.setString(5, r.need().description());
                req.setString(6, r.chain());
                req.setString(7, r.link());
                if (r.maxDistanceKm() == null) {
                    req.setNull(8, Types.INTEGER);
                } else {
                    req.setInt(8, r.maxDistanceKm());
                }
                req.setString(9, r.need().quantity());
                req.setDate(10, Date.valueOf(r.neededBy()));
                req.setString(11, r.status());
                req.setBoolean(12, r.prefersWomenLed());
                req.setBoolean(13, r.prefersPdet());
                req.addBatch();
                for (String code : r.ciiu()) {
                    ciiu.setObject(1, r.id());
                    ciiu.setString(2, code);
                    ciiu.addBatch();
                }
                for (String code : r.unspsc()) {
                    unspsc.setObject(1, r.id());
                    unspsc.setString(2, code);
                    unspsc.addBatch();
                }
                for (String code : r.need().required()) {
                    cert.setObject(1, r.id());
                    cert.setString(2, code);
                    cert.setBoolean(3, true);
                    cert.addBatch();
                }
                for (String code : r.need().preferred()) {
                    if (!r.need().required().contains(code)) {
                        cert.setObject(1, r.id());
                        cert.setString(2, code);
                        cert.setBoolean(3, false);
                        cert.addBatch();
                    }
                }
                for (String code : r.deliveryMunicipalities()) {
                    delivery.setObject(1, r.id());
                    delivery.setString(2, code);
                    delivery.addBatch();
                }
            }
            req.executeBatch();
            ciiu.executeBatch();
            unspsc.executeBatch();
            cert.executeBatch();
            delivery.executeBatch();
        }
    }

    /**
     * One rueda in Medellín two weeks ahead: a morning and an afternoon session of 20-minute slots, 24 tables
     * of which the first five belong to anchors, ten anchors and sixty mipymes registered (the demo logins'
     * firms among them), in the request phase with two requests per approved mipyme.
     */
    private static void insertRueda(Connection c, DemoDataset data, LocalDate today) throws SQLException {
        UUID ruedaId = UUID.nameUUIDFromBytes((data.organizers.get(0).id() + "/rueda").getBytes());
        LocalDate day = today.plusDays(14);
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO rueda (id, organizer_id, name, municipality_code, venue, status, slot_minutes, starts_on)
                VALUES (?, ?, ?, '05001', 'Plaza Mayor, Medellín', 'REQUESTS', 20, ?)""")) {
            ps.setObject(1, ruedaId);
            ps.setObject(2, data.organizers.get(0).id());
            ps.setString(3, "Rueda de Encadenamiento EnCadena Antioquia " + day.getYear());
            ps.setDate(4, Date.valueOf(day));
            ps.executeUpdate();
        }
        Map<String, LocalTime[]> sessions = new HashMap<>();
        sessions.put("AM", new LocalTime[] {LocalTime.of(8, 0), LocalTime.of(12, 0)});
        sessions.put("PM", new LocalTime[] {LocalTime.of(14, 0), LocalTime.of(17, 0)});
        int slotNumber = 0;
        try (PreparedStatement session = c.prepareStatement(
                "INSERT INTO rueda_session (id, rueda_id, code, name, starts_at, ends_at) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement slot = c.prepareStatement(
                     "INSERT INTO rueda_slot (id, rueda_id, session_id, code, starts_at, ends_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (String code : List.of("AM", "PM")) {
                UUID sessionId = UUID.nameUUIDFromBytes((ruedaId + "/" + code).getBytes());
                LocalTime[] span = sessions.get(code);
                session.setObject(1, sessionId);
                session.setObject(2, ruedaId);
                session.setString(3, code);
                session.setString(4, code.equals("AM") ? "Jornada de la mañana" : "Jornada de la tarde");
                session.setTimestamp(5, at(day, span[0]));
                session.setTimestamp(6, at(day, span[1]));
                session.executeUpdate();
                for (LocalTime t = span[0]; t.isBefore(span[1]); t = t.plusMinutes(20)) {
                    String slotCode = String.format("s%02d", ++slotNumber);
                    slot.setObject(1, UUID.nameUUIDFromBytes((ruedaId + "/" + slotCode).getBytes()));
                    slot.setObject(2, ruedaId);
                    slot.setObject(3, sessionId);
                    slot.setString(4, slotCode);
                    slot.setTimestamp(5, at(day, t));
                    slot.setTimestamp(6, at(day, t.plusMinutes(20)));
                    slot.addBatch();
                }
            }
            slot.executeBatch();
        }
        List<DemoDataset.Anchor> participatingAnchors = data.anchors.subList(0, 10);
        try (PreparedStatement table = c.prepareStatement(
                "INSERT INTO rueda_table (id, rueda_id, code, name, owner_org_id) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= 24; i++) {
                String code = String.format("M%02d", i);
                table.setObject(1, UUID.nameUUIDFromBytes((ruedaId + "/" + code).getBytes()));
                table.setObject(2, ruedaId);
                table.setString(3, code);
                table.setString(4, "Mesa " + i);
                table.setObject(5, i <= 5 ? participatingAnchors.get(i - 1).id() : null);
                table.addBatch();
            }
            table.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement(
                """
                INSERT INTO rueda_participant (rueda_id, organization_id, role, status, max_meetings, check_in_code,
                                               calendar_token) VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (DemoDataset.Anchor a : participatingAnchors) {
                p.setObject(1, ruedaId);
                p.setObject(2, a.id());
                p.setString(3, "ANCHOR");
                p.setString(4, "APPROVED");
                p.setInt(5, 16);
                p.setString(6, ManagingParticipants.checkInCode());
                p.setString(7, ManagingParticipants.calendarToken());
                p.addBatch();
            }
            List<DemoDataset.Supplier> antioquia = new ArrayList<>();
            antioquia.add(data.suppliers.get(0)); // the demo mipyme login takes part
            for (DemoDataset.Supplier s : data.suppliers.subList(1, data.suppliers.size())) {
                if (antioquia.size() < 60 && (s.municipality().startsWith("05") || s.coverage().contains("05")
                        || s.nationalCoverage())) {
                    antioquia.add(s);
                }
            }
            for (int i = 0; i < antioquia.size(); i++) {
                p.setObject(1, ruedaId);
                p.setObject(2, antioquia.get(i).id());
                p.setString(3, "SUPPLIER");
                p.setString(4, i % 6 == 5 ? "INVITED" : "APPROVED");
                p.setInt(5, 6);
                p.setString(6, ManagingParticipants.checkInCode());
                p.setString(7, ManagingParticipants.calendarToken());
                p.addBatch();
            }
            p.executeBatch();
            insertDemoRequests(c, ruedaId, participatingAnchors, antioquia, day);
        }
    }

    /**
     * The request phase under way: every approved mipyme has asked two anchors for a meeting, and the anchors
     * have accepted one request in three, so the organizer can generate an agenda straight away.
     */
    private static void insertDemoRequests(Connection c, UUID ruedaId, List<DemoDataset.Anchor> anchors,
                                           List<DemoDataset.Supplier> suppliers, LocalDate day) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("""
                INSERT INTO rueda_request (id, rueda_id, requester_id, addressee_id, requested_by, status, created_at,
                                           expires_at, decided_at)
                VALUES (?, ?, ?, ?, 'SUPPLIER', ?, now(), ?, CASE WHEN ? = 'ACCEPTED' THEN now() END)""")) {
            for (int i = 0; i < suppliers.size(); i++) {
                if (i % 6 == 5) {
                    continue; // still only invited
                }
                for (int k : new int[] {i % anchors.size(), (i + 3) % anchors.size()}) {
                    String status = (i + k) % 3 == 0 ? "ACCEPTED" : "PENDING";
                    q.setObject(1, UUID.nameUUIDFromBytes((ruedaId + "/request/" + i + "/" + k).getBytes()));
                    q.setObject(2, ruedaId);
                    q.setObject(3, suppliers.get(i).id());
                    q.setObject(4, anchors.get(k).id());
                    q.setString(5, status);
                    q.setTimestamp(6, at(day, LocalTime.of(0, 0)));
                    q.setString(7, status);
                    q.addBatch();
                }
            }
            q.executeBatch();
        }
    }

    private static Timestamp at(LocalDate day, LocalTime time) {
        return Timestamp.from(ZonedDateTime.of(day, time, BOGOTA).toInstant());
    }

    private static List<String> municipalityCodes(Connection c) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code FROM municipality ORDER BY code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    private static Map<String, String> certificationIssuers(Connection c) throws SQLException {
        Map<String, String> issuers = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, issuer FROM certification");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                issuers.put(rs.getString(1), rs.getString(2));
            }
        }
        return issuers;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
