package co.encadena.api.imports.application;

import co.encadena.api.common.Messages;
import co.encadena.api.imports.format.SizeLimitedInputStream;
import co.encadena.api.imports.format.SupplierCsv;
import co.encadena.api.imports.format.SupplierJson;
import co.encadena.api.suppliers.application.SavingSupplierProfiles;
import co.encadena.api.suppliers.application.SupplierDraft;
import co.encadena.api.suppliers.application.SupplierValidator;
import co.encadena.api.suppliers.domain.SupplierProfile;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Imports supplier profiles from JSON Lines or CSV, streaming: each record is validated with the same
 * validator as the profile API, valid ones are stored in batches keyed by NIT (organizations are created
 * without login users), and the report says which lines were refused and why. Batches hold distinct NITs, so
 * several are stored at once ({@link BatchStore}).
 */
@Singleton
public class ImportingSuppliers {

    private final SupplierValidator validator;
    private final SavingSupplierProfiles saving;
    private final Messages messages;
    private final ImportLimits limits;
    private final BatchStore batches;

    ImportingSuppliers(SupplierValidator validator, SavingSupplierProfiles saving, Messages messages, ImportLimits limits,
                       BatchStore batches) {
        this.validator = validator;
        this.saving = saving;
        this.messages = messages;
        this.limits = limits;
        this.batches = batches;
    }

    public ImportReport run(InputStream body, ImportFormat format, Charset charset) {
        Reader reader = new InputStreamReader(new SizeLimitedInputStream(body, limits.getMaxSize()), charset);
        RecordImport<SupplierDraft, SupplierProfile> run = new RecordImport<>(messages, validator::check,
                SupplierProfile::nit, "nit", this::store, batches);
        return run.run(() -> format == ImportFormat.CSV ? SupplierCsv.records(reader) : SupplierJson.records(reader),
                limits.getMaxSize());
    }

    private List<RecordImport.Refusal> store(List<RecordImport.Pending<SupplierProfile>> batch) {
        return saving.saveAll(batch.stream()
                        .map(p -> new SavingSupplierProfiles.Numbered(p.line(), p.record())).toList())
                .stream().map(r -> new RecordImport.Refusal(r.line(), r.violation())).toList();
    }
}
