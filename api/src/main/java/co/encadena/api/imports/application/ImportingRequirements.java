package co.encadena.api.imports.application;

import co.encadena.api.common.Messages;
import co.encadena.api.imports.format.RequirementCsv;
import co.encadena.api.imports.format.RequirementJson;
import co.encadena.api.imports.format.SizeLimitedInputStream;
import co.encadena.api.requirements.application.RequirementDraft;
import co.encadena.api.requirements.application.RequirementValidator;
import co.encadena.api.requirements.application.SavingRequirements;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Imports anchor requirements from JSON Lines or CSV, streaming, keyed by (anchor NIT, external id); anchors
 * that do not exist are created without login users. Same validator as the requirement editor.
 */
@Singleton
public class ImportingRequirements {

    private final RequirementValidator validator;
    private final SavingRequirements saving;
    private final Messages messages;
    private final ImportLimits limits;

    ImportingRequirements(RequirementValidator validator, SavingRequirements saving, Messages messages, ImportLimits limits) {
        this.validator = validator;
        this.saving = saving;
        this.messages = messages;
        this.limits = limits;
    }

    public ImportReport run(InputStream body, ImportFormat format, Charset charset) {
        Reader reader = new InputStreamReader(new SizeLimitedInputStream(body, limits.getMaxSize()), charset);
        RecordImport<RequirementDraft, RequirementValidator.Valid> run = new RecordImport<>(messages,
                (draft, out) -> validator.check(draft, true, out),
                v -> v.anchor().nit() + "\u0000" + v.requirement().externalId(), "externalId", this::store,
                // one batch at a time: two batches may both create the same new anchor, and would wait on each other
                null);
        return run.run(() -> format == ImportFormat.CSV ? RequirementCsv.records(reader) : RequirementJson.records(reader),
                limits.getMaxSize());
    }

    private List<RecordImport.Refusal> store(List<RecordImport.Pending<RequirementValidator.Valid>> batch) {
        return saving.saveAll(batch.stream()
                        .map(p -> new SavingRequirements.Numbered(p.line(), p.record())).toList())
                .stream().map(r -> new RecordImport.Refusal(r.line(), r.violation())).toList();
    }
}
