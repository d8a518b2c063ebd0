import { useState, type FormEvent } from 'react';
import { Field } from '@/components/form/field';
import { errorText } from '@/components/form/error-text';
import { FormActions, FormAlert } from '@/components/form/form-messages';
import formStyles from '@/components/form/form.module.css';
import { TableScroll } from '@/components/ui/table-scroll';
import { messages } from '@/i18n/es-CO';
import { formatInteger } from '@/utils/format';
import { useExportFile, useImportFile, type ImportKind, type ImportReport } from '../api/imports';
import styles from './import-panel.module.css';

const t = messages.imports;
const KINDS: ImportKind[] = ['suppliers', 'requirements'];

/**
 * The organizers' import page: pick what to import and a JSON Lines or CSV file, send it, and read the per-record
 * report — how many were stored and, for each rejected line, the field and the reason. Exports below.
 */
export function ImportPanel() {
  const [kind, setKind] = useState<ImportKind>('suppliers');
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const importing = useImportFile();
  const exporting = useExportFile();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setMissingFile(true);
      return;
    }
    setMissingFile(false);
    importing.mutate({ kind, file });
  }

  return (
    <>
      <form onSubmit={submit} noValidate className={styles.form}>
        <fieldset className={formStyles.fieldset}>
          <legend className={formStyles.legend}>{t.kind}</legend>
          <div className={styles.kinds}>
            {KINDS.map((k) => (
              <label key={k} className={styles.kind}>
                <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t.kinds[k]}
              </label>
            ))}
          </div>
        </fieldset>
        <Field label={t.file} hint={t.fileHint} error={missingFile ? t.chooseFile : undefined}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="file" accept=".jsonl,.ndjson,.json,.csv,text/csv,application/x-ndjson"
              aria-describedby={describedBy} aria-invalid={invalid || undefined}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
          )}
        </Field>
        <FormActions>
          <button type="submit" className="button" disabled={importing.isPending}>
            {importing.isPending ? t.submitting : t.submit}
          </button>
        </FormActions>
      </form>

      {importing.isPending ? <p role="status">{t.submitting}</p> : null}
      {importing.isError ? (
        <FormAlert>
          <p>{errorText(importing.error)}</p>
        </FormAlert>
      ) : null}
      {importing.data ? <Report report={importing.data} /> : null}

      <section aria-labelledby="export-heading" className={styles.exports}>
        <h2 id="export-heading">{t.exportHeading}</h2>
        <p>{t.exportLead}</p>
        <div className={styles.exportButtons}>
          {KINDS.flatMap((k) =>
            (['csv', 'jsonl'] as const).map((format) => (
              <button key={`${k}-${format}`} type="button" className="button button-secondary"
                disabled={exporting.isPending} onClick={() => exporting.mutate({ kind: k, format })}>
                {t.exportAs(t.kinds[k] ?? k, format === 'csv' ? 'CSV' : 'JSON Lines')}
              </button>
            )),
          )}
        </div>
        {exporting.isPending ? <p role="status">{t.exporting}</p> : null}
        {exporting.isError ? (
          <FormAlert>
            <p>{t.exportError}</p>
          </FormAlert>
        ) : null}
      </section>
    </>
  );
}

function Report({ report }: { report: ImportReport }) {
  return (
    <section aria-labelledby="report-heading" className={styles.report}>
      <h2 id="report-heading">{t.reportHeading}</h2>
      <p role="status" className={styles.counts}>
        <span className={styles.accepted}>{t.accepted(report.accepted)}</span>
        <span className={report.rejected > 0 ? styles.rejected : undefined}>{t.rejected(report.rejected)}</span>
      </p>
      {report.errors.length > 0 ? (
        <TableScroll label={t.errorsTableLabel} stackOnPhones>
          <table role="table">
            <thead>
              <tr role="row">
                <th scope="col" role="columnheader">{t.columns.line}</th>
                <th scope="col" role="columnheader">{t.columns.field}</th>
                <th scope="col" role="columnheader">{t.columns.message}</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((e, i) => (
                <tr key={`${e.line}-${e.field}-${i}`} role="row">
                  <td role="cell" data-label={t.columns.line}>{formatInteger(e.line)}</td>
                  <td role="cell" data-label={t.columns.field}><code>{e.field ?? t.wholeLine}</code></td>
                  <td role="cell" data-label={t.columns.message}>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {report.errorsOmitted > 0 ? <p>{t.omitted(report.errorsOmitted)}</p> : null}
    </section>
  );
}
