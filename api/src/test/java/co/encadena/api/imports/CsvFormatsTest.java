package co.encadena.api.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.encadena.api.imports.format.CsvCells;
import co.encadena.api.imports.format.CsvRecords;
import co.encadena.api.imports.format.Parsed;
import co.encadena.api.imports.format.RequirementCsv;
import co.encadena.api.imports.format.SupplierCsv;
import co.encadena.api.requirements.application.RequirementDraft;
import co.encadena.api.suppliers.application.SupplierDraft;
import co.encadena.api.suppliers.application.SupplierValidator;
import co.encadena.api.suppliers.domain.SupplierProfile;
import co.encadena.api.support.ReferenceFixtures;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvFormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+57 604 000 0000", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
    void neutralisesCellsASpreadsheetWouldRunAsFormulas(String value) {
        assertEquals("'" + value, CsvCells.neutralize(value));
    }

    @Test
    void leavesOrdinaryCellsAlone() {
        assertEquals("Empaques Andinos", CsvCells.neutralize("Empaques Andinos"));
        assertEquals("05001", CsvCells.neutralize("05001"));
    }

    @Test
    void aSupplierSurvivesTheCsvRoundTripIncludingAPhoneStartingWithPlus() throws IOException {
        SupplierValidator validator = new SupplierValidator(ReferenceFixtures.codes(), Clock.systemUTC());
        SupplierProfile profile = validator.validate(new SupplierDraft("900123456-8", "=Empaques \"Andinos\", S.A.S.",
                null, "PEQUENA", true, "05001", List.of("CO", "17"), List.of("1702", "1709"),
                List.of(new SupplierDraft.ChainLinkDraft("FARMACEUTICA", "EMPAQUE"),
                        new SupplierDraft.ChainLinkDraft("DISPOSITIVOS_MEDICOS", "EMPAQUE")),
                List.of(new SupplierDraft.OfferingDraft("Estuches", "Cartón; plegadizo\nimpreso", "24121500")),
                List.of(new SupplierDraft.CertificationDraft("ISO_9001", "2027-05-01", "ICONTEC", "-SC-1234"),
                        new SupplierDraft.CertificationDraft("FSC", null, null, null)),
                new SupplierDraft.InclusionDraft(true, "RAIZAL", false, true), "Línea 1\nLínea 2",
                new SupplierDraft.ContactDraft("Ana Pérez", "ana@example.co", "+57 604 000 0000")));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
            printer.printRecord(SupplierCsv.header(2, 1, 3));
            printer.printRecord(SupplierCsv.row(profile, 2, 1, 3));
        }
        List<Parsed<SupplierDraft>> read = new ArrayList<>();
        SupplierCsv.records(new StringReader(out.toString())).forEachRemaining(read::add);
        assertEquals(1, read.size());
        assertEquals(List.of(), read.get(0).violations());
        assertEquals(2L, read.get(0).line());
        assertEquals(profile, validator.validate(read.get(0).draft()));
    }

    @Test
    void readsWhatASpreadsheetInColombiaSaves() {
        String csv = "nit;legalName;size;municipality;popularEconomy;certifications.1.code;certifications.1.validUntil;coverage\n"
                + "900123456-8;Empaques;Micro;05001;Sí;ISO_9001;1/5/2027;05, 17\n";
        List<Parsed<SupplierDraft>> read = new ArrayList<>();
        SupplierCsv.records(new StringReader(csv)).forEachRemaining(read::add);
        SupplierDraft d = read.get(0).draft();
        assertEquals(true, d.popularEconomy());
        assertEquals("2027-05-01", d.certifications().get(0).validUntil());
        assertEquals(List.of("05", "17"), d.coverage());
    }

    @Test
    void namesAFieldByItsColumnInErrors() {
        String csv = "nit,legalName,size,municipality,offerings.1.name,offerings.3.name,offerings.3.unspsc,ciiu\n"
                + "900123456-8,Empaques,MICRO,05001,,Cajas,99999999,1702|0000\n";
        Parsed<SupplierDraft> p = SupplierCsv.records(new StringReader(csv)).next();
        assertEquals("offerings.3.unspsc", p.fieldNames().apply("offerings[0].unspsc"));
        assertEquals("ciiu", p.fieldNames().apply("ciiu[1]"));
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() {
        CsvRecords.UnreadableFileException e = assertThrows(CsvRecords.UnreadableFileException.class,
                () -> SupplierCsv.records(new StringReader("nit,nombre\n900123456-8,Empaques\n")));
        assertEquals("import.csv.missingColumns", e.violation().messageKey());
    }

    @Test
    void reportsAnUnclosedQuoteInsteadOfReadingTheWholeFileAsOneRecord() {
        StringBuilder csv = new StringBuilder("anchor.nit,anchor.name,anchor.type,externalId,title\n");
        csv.append("890900608-9,\"Laboratorios,NACIONAL,R-1,Sin cierre\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("890900608-9,Laboratorios,NACIONAL,R-").append(i).append(",Titulo largo de relleno para crecer\n");
        }
        var records = RequirementCsv.records(new StringReader(csv.toString()));
        Parsed<RequirementDraft> p = records.next();
        assertNull(p.draft());
        assertEquals("import.csv.recordTooLong", p.violations().get(0).messageKey());
        assertEquals(false, records.hasNext());
    }
}
