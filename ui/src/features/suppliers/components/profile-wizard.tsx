import { useState, type FormEvent, type ReactNode } from 'react';
import { Field } from '@/components/form/field';
import { CheckboxField } from '@/components/form/checkbox-field';
import { errorText } from '@/components/form/error-text';
import { FormActions, FormAlert, FormStatus, LoadFailed } from '@/components/form/form-messages';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import formStyles from '@/components/form/form.module.css';
import { messages } from '@/i18n/es-CO';
import { fieldErrors } from '@/lib/api-client';
import {
  useCertifications,
  useDepartments,
  useMunicipalities,
  useValueChainLinks,
  useValueChains,
} from '@/lib/reference-data';
import { useSaveSupplier, useSupplier, useUploadEvidence, type SupplierDetails } from '../api/suppliers';
import { CertificationStatusBadge } from './certification-status';
import { CompletenessMeter } from './completeness-meter';
import { EMPTY_FORM, draftFromForm, errorFor, formFromDetails, type ProfileForm } from './profile-form';
import styles from './profile-wizard.module.css';

const t = messages.supplierProfile;
const f = t.fields;

const STEPS = ['company', 'market', 'offerings', 'certifications', 'contact'] as const;
type Step = (typeof STEPS)[number];

/** Which fields of the request each step shows: a server error elsewhere is listed in the step's alert. */
const STEP_FIELDS: Record<Step, string[]> = {
  company: ['nit', 'legalName', 'tradeName', 'size', 'popularEconomy', 'municipality'],
  market: ['coverage', 'ciiu', 'valueChains'],
  offerings: ['offerings'],
  certifications: ['certifications'],
  contact: ['description', 'contact', 'inclusion'],
};

/**
 * A mipyme's profile in five short steps, phone first. Each step saves the whole profile (so nothing typed is
 * lost when the connection drops between steps) and shows how complete the profile is and what it lacks.
 */
export function ProfileWizard({ supplierId }: { supplierId: string }) {
  const supplier = useSupplier(supplierId);
  if (supplier.isPending) return <p role="status">{t.loading}</p>;
  if (supplier.isError) {
    return (
      <LoadFailed title={t.loadError} error={supplier.error} onRetry={() => void supplier.refetch()} />
    );
  }
  return <Wizard supplierId={supplierId} saved={supplier.data} />;
}

function Wizard({ supplierId, saved }: { supplierId: string; saved: SupplierDetails | null }) {
  const [form, setForm] = useState<ProfileForm>(() => (saved ? formFromDetails(saved) : EMPTY_FORM));
  const [step, setStep] = useState<Step>('company');
  const [notice, setNotice] = useState<string | null>(null);
  const save = useSaveSupplier(supplierId);
  const errors = save.isError ? fieldErrors(save.error) : {};
  const index = STEPS.indexOf(step);
  const last = index === STEPS.length - 1;

  const set = <K extends keyof ProfileForm>(key: K, value: ProfileForm[K]) => setForm((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    save.mutate(draftFromForm(form), {
      onSuccess: (details) => {
        setForm(formFromDetails(details));
        setNotice(t.saved);
        if (!last) setStep(STEPS[index + 1]!);
      },
    });
  }

  const elsewhere = Object.entries(errors)
    .filter(([field]) => !STEP_FIELDS[step].some((prefix) => field === prefix || field.startsWith(prefix)))
    .map(([, message]) => message);

  return (
    <div className={styles.layout}>
      <aside className={styles.aside}>
        {saved ? <CompletenessMeter completeness={saved.completeness} /> : null}
        {saved ? (
          <p className={styles.place}>
            {t.place(saved.place.municipalityName, saved.place.departmentName)}
            {saved.place.pdet ? <span className={styles.tag}>{t.pdet}</span> : null}
            {saved.place.zomac ? <span className={styles.tag}>{t.zomac}</span> : null}
          </p>
        ) : null}
      </aside>
      <div className={styles.main}>
        <nav aria-label={t.stepsLabel}>
          <ol className={styles.steps}>
            {STEPS.map((s, i) => (
              <li key={s}>
                <button
                  type="button"
                  className={styles.stepButton}
                  aria-current={s === step ? 'step' : undefined}
                  onClick={() => setStep(s)}
                >
                  <span className={styles.stepNumber}>{i + 1}</span> {t.steps[s]}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <form onSubmit={submit} noValidate className={styles.form}>
          <h2 className={styles.stepTitle}>
            <span className={styles.stepOf}>{t.stepOf(index + 1, STEPS.length)}</span> {t.steps[step]}
          </h2>
          {save.isError ? (
            <FormAlert>
              <p>{Object.keys(errors).length > 0 ? t.checkFields : errorText(save.error)}</p>
              {elsewhere.map((message) => (
                <p key={message}>{message}</p>
              ))}
            </FormAlert>
          ) : null}
          {notice && !save.isPending && !save.isError ? <FormStatus>{notice}</FormStatus> : null}

          {step === 'company' ? <CompanyStep form={form} set={set} errors={errors} /> : null}
          {step === 'market' ? <MarketStep form={form} set={set} errors={errors} /> : null}
          {step === 'offerings' ? <OfferingsStep form={form} set={set} errors={errors} /> : null}
          {step === 'certifications' ? (
            <CertificationsStep form={form} set={set} errors={errors} saved={saved} supplierId={supplierId} />
          ) : null}
          {step === 'contact' ? <ContactStep form={form} set={set} errors={errors} /> : null}

          <FormActions>
            <button type="submit" className="button" disabled={save.isPending}>
              {save.isPending ? t.saving : last ? t.saveAndFinish : t.saveAndContinue}
            </button>
            {index > 0 ? (
              <button type="button" className="button button-secondary" onClick={() => setStep(STEPS[index - 1]!)}>
                {t.previous}
              </button>
            ) : null}
          </FormActions>
        </form>
      </div>
    </div>
  );
}

type StepProps = {
  form: ProfileForm;
  set: <K extends keyof ProfileForm>(key: K, value: ProfileForm[K]) => void;
  errors: Record<string, string>;
};

function CompanyStep({ form, set, errors }: StepProps) {
  const departments = useDepartments();
  const municipalities = useMunicipalities(form.department);
  return (
    <>
      <TextField label={f.nit} hint={f.nitHint} value={form.nit} onChange={(v) => set('nit', v)} error={errors.nit}
        inputMode="numeric" autoComplete="off" required />
      <TextField label={f.legalName} value={form.legalName} onChange={(v) => set('legalName', v)}
        error={errors.legalName} autoComplete="organization" required />
      <TextField label={f.tradeName} value={form.tradeName} onChange={(v) => set('tradeName', v)} error={errors.tradeName} />
      <SelectField label={f.size} value={form.size} onChange={(v) => set('size', v)} error={errors.size}
        placeholder={t.choose} options={Object.entries(t.sizes).map(([value, label]) => ({ value, label }))} required />
      <CheckboxField label={f.popularEconomy} checked={form.popularEconomy} onChange={(v) => set('popularEconomy', v)} />
      <SelectField label={f.department} value={form.department}
        onChange={(v) => {
          set('department', v);
          set('municipality', '');
        }}
        placeholder={t.choose}
        options={(departments.data ?? []).map((d) => ({ value: d.code, label: d.displayName }))} />
      <SelectField label={f.municipality} value={form.municipality} onChange={(v) => set('municipality', v)}
        error={errors.municipality} placeholder={t.choose} disabled={form.department === ''}
        options={(municipalities.data ?? []).map((m) => ({ value: m.code, label: m.displayName }))} required />
    </>
  );
}

function MarketStep({ form, set, errors }: StepProps) {
  const departments = useDepartments();
  const chains = useValueChains();
  const links = useValueChainLinks();
  const chainOptions = (chains.data ?? []).map((c) => ({ value: c.code, label: c.name }));
  const linkOptions = (links.data ?? []).map((l) => ({ value: l.code, label: l.name }));
  return (
    <>
      <CheckboxField label={f.nationalCoverage} checked={form.nationalCoverage} onChange={(v) => set('nationalCoverage', v)} />
      {!form.nationalCoverage ? (
        <fieldset className={formStyles.fieldset}>
          <legend className={formStyles.legend}>{f.coverage}</legend>
          <p className={formStyles.hint}>{f.coverageHint}</p>
          <div className={styles.checkGrid}>
            {(departments.data ?? [])
              .filter((d) => d.code !== form.department)
              .map((d) => (
                <CheckboxField key={d.code} label={d.displayName} checked={form.coverage.includes(d.code)}
                  onChange={(checked) =>
                    set('coverage', checked ? [...form.coverage, d.code] : form.coverage.filter((c) => c !== d.code))
                  } />
              ))}
          </div>
          {errorFor(errors, 'coverage') ? <p className={formStyles.error}>{errorFor(errors, 'coverage')}</p> : null}
        </fieldset>
      ) : null}
      <TextField label={f.ciiu} hint={f.ciiuHint} value={form.ciiu} onChange={(v) => set('ciiu', v)}
        error={errorFor(errors, 'ciiu')} inputMode="numeric" />
      <Rows
        rows={form.valueChains}
        onChange={(rows) => set('valueChains', rows)}
        empty={{ chain: '', link: '' }}
        addLabel={f.addChain}
        render={(row, i, update) => (
          <>
            <SelectField label={f.chain} value={row.chain} onChange={(v) => update({ ...row, chain: v })}
              placeholder={t.choose} options={chainOptions} error={errorFor(errors, `valueChains[${i}].chain`) ?? errors[`valueChains[${i}]`]} />
            <SelectField label={f.link} value={row.link} onChange={(v) => update({ ...row, link: v })}
              placeholder={t.choose} options={linkOptions} error={errorFor(errors, `valueChains[${i}].link`)} />
          </>
        )}
      />
    </>
  );
}

function OfferingsStep({ form, set, errors }: StepProps) {
  return (
    <Rows
      rows={form.offerings}
      onChange={(rows) => set('offerings', rows)}
      empty={{ name: '', description: '', unspsc: '' }}
      addLabel={f.addOffering}
      render={(row, i, update) => (
        <>
          <TextField label={f.offeringName} value={row.name} onChange={(v) => update({ ...row, name: v })}
            error={errors[`offerings[${i}].name`]} />
          <TextAreaField label={f.offeringDescription} value={row.description}
            onChange={(v) => update({ ...row, description: v })} error={errors[`offerings[${i}].description`]} />
          <TextField label={f.unspsc} value={row.unspsc} onChange={(v) => update({ ...row, unspsc: v })}
            error={errors[`offerings[${i}].unspsc`]} inputMode="numeric" />
        </>
      )}
    />
  );
}

function CertificationsStep({ form, set, errors, saved, supplierId }: StepProps & { saved: SupplierDetails | null; supplierId: string }) {
  const certifications = useCertifications();
  const options = (certifications.data ?? []).map((c) => ({ value: c.code, label: c.name }));
  return (
    <Rows
      rows={form.certifications}
      onChange={(rows) => set('certifications', rows)}
      empty={{ code: '', validUntil: '', issuer: '', number: '' }}
      addLabel={f.addCertification}
      render={(row, i, update) => {
        const stored = saved?.certifications.find((c) => c.code === row.code);
        return (
          <>
            <SelectField label={f.certification} value={row.code} onChange={(v) => update({ ...row, code: v })}
              placeholder={t.choose} options={options} error={errors[`certifications[${i}].code`]} />
            {stored ? <CertificationStatusBadge status={stored.status} daysLeft={stored.daysLeft} /> : null}
            <TextField type="date" label={f.validUntil} hint={f.validUntilHint} value={row.validUntil}
              onChange={(v) => update({ ...row, validUntil: v })} error={errors[`certifications[${i}].validUntil`]} />
            <TextField label={f.issuer} value={row.issuer} onChange={(v) => update({ ...row, issuer: v })}
              error={errors[`certifications[${i}].issuer`]} />
            <TextField label={f.number} value={row.number} onChange={(v) => update({ ...row, number: v })}
              error={errors[`certifications[${i}].number`]} />
            {stored ? (
              <EvidenceUpload supplierId={supplierId} code={stored.code} uploaded={stored.evidence?.fileName ?? (stored.evidence ? stored.code : null)} />
            ) : (
              <p className={formStyles.hint}>{f.evidenceSaveFirst}</p>
            )}
          </>
        );
      }}
    />
  );
}

function EvidenceUpload({ supplierId, code, uploaded }: { supplierId: string; code: string; uploaded: string | null }) {
  const upload = useUploadEvidence(supplierId);
  return (
    <Field label={f.evidence} error={upload.isError ? errorText(upload.error) : undefined}>
      {({ id, describedBy, invalid }) => (
        <>
          <input id={id} type="file" accept="application/pdf,image/png,image/jpeg" aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) upload.mutate({ code, file });
            }} />
          {upload.isPending ? <p role="status">{f.evidenceUploading}</p> : null}
          {!upload.isPending && uploaded ? <p className={formStyles.hint}>{f.evidenceUploaded(uploaded)}</p> : null}
        </>
      )}
    </Field>
  );
}

function ContactStep({ form, set, errors }: StepProps) {
  return (
    <>
      <TextAreaField label={f.description} value={form.description} onChange={(v) => set('description', v)}
        error={errors.description} />
      <TextField label={f.contactName} value={form.contactName} onChange={(v) => set('contactName', v)}
        error={errors['contact.name']} autoComplete="name" />
      <TextField type="email" label={f.contactEmail} value={form.contactEmail} onChange={(v) => set('contactEmail', v)}
        error={errors['contact.email']} autoComplete="email" />
      <TextField type="tel" label={f.contactPhone} value={form.contactPhone} onChange={(v) => set('contactPhone', v)}
        error={errors['contact.phone']} autoComplete="tel" />
      <CheckboxField label={f.womenLed} checked={form.womenLed} onChange={(v) => set('womenLed', v)} />
      <CheckboxField label={f.victims} checked={form.victims} onChange={(v) => set('victims', v)} />
      <CheckboxField label={f.youthLed} checked={form.youthLed} onChange={(v) => set('youthLed', v)} />
      <SelectField label={f.ethnicGroup} value={form.ethnicGroup} onChange={(v) => set('ethnicGroup', v)}
        error={errors['inclusion.ethnicGroup']} placeholder={f.none}
        options={Object.entries(t.ethnicGroups).map(([value, label]) => ({ value, label }))} />
    </>
  );
}

function TextAreaField({ label, value, onChange, error }: { label: string; value: string; onChange: (v: string) => void; error?: string }) {
  return (
    <Field label={label} error={error}>
      {({ id, describedBy, invalid }) => (
        <textarea id={id} className={formStyles.input} rows={4} value={value} onChange={(e) => onChange(e.target.value)}
          aria-describedby={describedBy} aria-invalid={invalid || undefined} />
      )}
    </Field>
  );
}

/** A list of rows the person adds and removes (value chains, offerings, certifications). */
function Rows<R>({ rows, onChange, empty, addLabel, render }: {
  rows: R[];
  onChange: (rows: R[]) => void;
  empty: R;
  addLabel: string;
  render: (row: R, index: number, update: (row: R) => void) => ReactNode;
}) {
  return (
    <div className={styles.rows}>
      {rows.map((row, i) => (
        <fieldset key={i} className={styles.row}>
          {render(row, i, (next) => onChange(rows.map((r, j) => (j === i ? next : r))))}
          <button type="button" className="link-button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            {f.remove}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button button-secondary" onClick={() => onChange([...rows, empty])}>
        {addLabel}
      </button>
    </div>
  );
}
