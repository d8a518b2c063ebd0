import { useState, type FormEvent } from 'react';
import { Field } from '@/components/form/field';
import { CheckboxField } from '@/components/form/checkbox-field';
import { errorText } from '@/components/form/error-text';
import { FormActions, FormAlert, FormStatus } from '@/components/form/form-messages';
import formStyles from '@/components/form/form.module.css';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { messages } from '@/i18n/es-CO';
import { fieldErrors } from '@/lib/api-client';
import { useCertifications, useValueChainLinks, useValueChains } from '@/lib/reference-data';
import {
  useCreateRequirement,
  useDeleteRequirement,
  useMoveRequirement,
  useUpdateRequirement,
  type RequirementDetails,
  type RequirementDraft,
} from '../api/requirements';
import styles from './requirements.module.css';

const t = messages.requirements;
const f = t.fields;

type Form = {
  anchorNit: string;
  anchorName: string;
  anchorType: string;
  externalId: string;
  title: string;
  description: string;
  valueChain: string;
  link: string;
  ciiu: string;
  unspsc: string;
  required: string[];
  preferred: string[];
  delivery: string;
  maxDistanceKm: string;
  quantity: string;
  neededBy: string;
  womenLed: boolean;
  pdet: boolean;
  popularEconomy: boolean;
};

function formOf(r: RequirementDetails | null): Form {
  return {
    anchorNit: r?.anchor.nit ?? '',
    anchorName: r?.anchor.name ?? '',
    anchorType: r?.anchor.type ?? '',
    externalId: r?.externalId ?? '',
    title: r?.title ?? '',
    description: r?.description ?? '',
    valueChain: r?.valueChain?.code ?? '',
    link: r?.link?.code ?? '',
    ciiu: r?.ciiu.join(', ') ?? '',
    unspsc: r?.unspsc.join(', ') ?? '',
    required: r?.requiredCertifications.map((c) => c.code) ?? [],
    preferred: r?.preferredCertifications.map((c) => c.code) ?? [],
    delivery: r?.deliveryMunicipalities.map((m) => m.code).join(', ') ?? '',
    maxDistanceKm: r?.maxDistanceKm != null ? String(r.maxDistanceKm) : '',
    quantity: r?.quantity ?? '',
    neededBy: r?.neededBy ?? '',
    womenLed: r?.inclusionPreferences.womenLed ?? false,
    pdet: r?.inclusionPreferences.pdet ?? false,
    popularEconomy: r?.inclusionPreferences.popularEconomy ?? false,
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const codes = (text: string) => text.split(/[\s,;|]+/).filter((c) => c !== '');

function draftOf(form: Form, withAnchor: boolean): RequirementDraft {
  const distance = Number.parseInt(form.maxDistanceKm, 10);
  return {
    anchor: withAnchor ? { nit: orNull(form.anchorNit), name: orNull(form.anchorName), type: orNull(form.anchorType) } : null,
    externalId: orNull(form.externalId),
    title: orNull(form.title),
    description: orNull(form.description),
    valueChain: orNull(form.valueChain),
    link: orNull(form.link),
    ciiu: codes(form.ciiu),
    unspsc: codes(form.unspsc),
    requiredCertifications: form.required,
    preferredCertifications: form.preferred,
    deliveryMunicipalities: codes(form.delivery),
    maxDistanceKm: Number.isNaN(distance) ? null : distance,
    quantity: orNull(form.quantity),
    neededBy: orNull(form.neededBy),
    inclusionPreferences: { womenLed: form.womenLed, pdet: form.pdet, popularEconomy: form.popularEconomy },
  };
}

function errorFor(errors: Record<string, string>, field: string): string | undefined {
  if (errors[field]) return errors[field];
  const k = Object.keys(errors).find((key) => key.startsWith(`${field}[`) || key.startsWith(`${field}.`));
  return k ? errors[k] : undefined;
}

type EditorProps = {
  /** The stored requirement, or null for a new one. */
  requirement: RequirementDetails | null;
  /** Organizers create on behalf of an anchor they name; an anchor creates for itself. */
  asOrganizer: boolean;
  onCreated?: (id: string) => void;
  onDeleted?: () => void;
};

/**
 * The anchor's requirement editor: every field of the requirement format, saved as a draft, then published
 * (suppliers see it from then on) and finally closed. A requirement the caller may not change is shown read-only.
 */
export function RequirementEditor({ requirement, asOrganizer, onCreated, onDeleted }: EditorProps) {
  const [form, setForm] = useState<Form>(() => formOf(requirement));
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<'close' | 'remove' | null>(null);
  const create = useCreateRequirement();
  const update = useUpdateRequirement(requirement?.id ?? '');
  const move = useMoveRequirement(requirement?.id ?? '');
  const remove = useDeleteRequirement(requirement?.id ?? '');
  const chains = useValueChains();
  const links = useValueChainLinks();
  const certifications = useCertifications();

  const editable = requirement === null || requirement.editable;
  const save = requirement === null ? create : update;
  const failed = [save, move, remove].find((m) => m.isError);
  const errors = save.isError ? fieldErrors(save.error) : {};
  const set = <K extends keyof Form>(key: K) => (value: Form[K]) => setForm((current) => ({ ...current, [key]: value }));
  const certificationOptions = (certifications.data ?? []).map((c) => ({ value: c.code, label: `${c.code} — ${c.name}` }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const draft = draftOf(form, requirement === null && asOrganizer);
    if (requirement === null) {
      create.mutate(draft, { onSuccess: (created) => onCreated?.(created.id) });
    } else {
      update.mutate(draft, {
        onSuccess: (saved) => {
          setForm(formOf(saved));
          setNotice(t.saved);
        },
      });
    }
  }

  return (
    <form onSubmit={submit} noValidate className={styles.editor}>
      {requirement ? (
        <p className={styles.statusLine}>
          <span className={`${styles.status} ${styles[`status${requirement.status}`] ?? ''}`}>
            {t.status[requirement.status] ?? requirement.status}
          </span>{' '}
          {requirement.anchor.name}
        </p>
      ) : null}
      {requirement && !editable ? (
        <FormStatus>{requirement.status === 'CLOSED' ? t.closedNotice : t.readOnly}</FormStatus>
      ) : null}
      {failed ? (
        <FormAlert>
          <p>{save.isError && Object.keys(errors).length > 0 ? t.checkFields : errorText(failed.error)}</p>
        </FormAlert>
      ) : null}
      {notice && !failed ? <FormStatus>{notice}</FormStatus> : null}

      <fieldset disabled={!editable} className={styles.fields}>
        {requirement === null && asOrganizer ? (
          <>
            <TextField label={f.anchorNit} value={form.anchorNit} onChange={set('anchorNit')} error={errors['anchor.nit'] ?? errors.anchor} />
            <TextField label={f.anchorName} value={form.anchorName} onChange={set('anchorName')} error={errors['anchor.name']} />
            <SelectField label={f.anchorType} value={form.anchorType} onChange={set('anchorType')} placeholder={f.choose}
              error={errors['anchor.type']} options={Object.entries(t.anchorTypes).map(([value, label]) => ({ value, label }))} />
          </>
        ) : null}
        <TextField label={f.externalId} hint={f.externalIdHint} value={form.externalId} onChange={set('externalId')}
          error={errors.externalId} />
        <TextField label={f.title} value={form.title} onChange={set('title')} error={errors.title} required />
        <Field label={f.description} error={errors.description}>
          {({ id, describedBy, invalid }) => (
            <textarea id={id} className={formStyles.input} rows={5} value={form.description}
              onChange={(e) => set('description')(e.target.value)} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
          )}
        </Field>
        <SelectField label={f.valueChain} value={form.valueChain} onChange={set('valueChain')} placeholder={f.choose}
          error={errors.valueChain} options={(chains.data ?? []).map((c) => ({ value: c.code, label: c.name }))} />
        <SelectField label={f.link} value={form.link} onChange={set('link')} placeholder={f.choose} error={errors.link}
          options={(links.data ?? []).map((l) => ({ value: l.code, label: l.name }))} />
        <TextField label={f.ciiu} value={form.ciiu} onChange={set('ciiu')} error={errorFor(errors, 'ciiu')} inputMode="numeric" />
        <TextField label={f.unspsc} value={form.unspsc} onChange={set('unspsc')} error={errorFor(errors, 'unspsc')} inputMode="numeric" />
        <MultiSelect label={f.requiredCertifications} values={form.required} onChange={set('required')}
          options={certificationOptions} error={errorFor(errors, 'requiredCertifications')} />
        <MultiSelect label={f.preferredCertifications} values={form.preferred} onChange={set('preferred')}
          options={certificationOptions} error={errorFor(errors, 'preferredCertifications')} />
        <TextField label={f.deliveryMunicipalities} hint={f.deliveryHint} value={form.delivery} onChange={set('delivery')}
          error={errorFor(errors, 'deliveryMunicipalities')} inputMode="numeric" />
        <TextField label={f.maxDistanceKm} hint={f.maxDistanceHint} value={form.maxDistanceKm} onChange={set('maxDistanceKm')}
          error={errors.maxDistanceKm} inputMode="numeric" />
        <TextField label={f.quantity} value={form.quantity} onChange={set('quantity')} error={errors.quantity} />
        <TextField type="date" label={f.neededBy} value={form.neededBy} onChange={set('neededBy')} error={errors.neededBy} />
        <CheckboxField label={f.womenLed} checked={form.womenLed} onChange={set('womenLed')} />
        <CheckboxField label={f.pdet} checked={form.pdet} onChange={set('pdet')} />
        <CheckboxField label={f.popularEconomy} checked={form.popularEconomy} onChange={set('popularEconomy')} />
      </fieldset>

      {editable ? (
        <FormActions>
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t.saving : t.save}
          </button>
          {requirement?.status === 'DRAFT' ? (
            <button type="button" className="button button-secondary" disabled={move.isPending}
              onClick={() => move.mutate('open')}>
              {t.open}
            </button>
          ) : null}
          {requirement?.status === 'OPEN' ? (
            <button type="button" className="button button-secondary" onClick={() => setConfirming('close')}>
              {t.close}
            </button>
          ) : null}
          {requirement?.status === 'DRAFT' ? (
            <button type="button" className="button button-danger" onClick={() => setConfirming('remove')}>
              {t.remove}
            </button>
          ) : null}
        </FormActions>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={confirming === 'close' ? t.close : t.remove}
          confirmLabel={confirming === 'close' ? t.close : t.remove}
          pendingLabel={t.saving}
          pending={move.isPending || remove.isPending}
          destructive
          onCancel={() => setConfirming(null)}
          onConfirm={() =>
            confirming === 'close'
              ? move.mutate('close', { onSuccess: () => setConfirming(null) })
              : remove.mutate(undefined, { onSuccess: () => onDeleted?.() })
          }
        >
          <p>{confirming === 'close' ? t.confirmClose : t.confirmRemove}</p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}

/** Several codes chosen from a list, as checkboxes (usable on phones, unlike a multiple select). */
function MultiSelect({ label, values, onChange, options, error }: {
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  options: { value: string; label: string }[];
  error?: string;
}) {
  return (
    <fieldset className={formStyles.fieldset}>
      <legend className={formStyles.legend}>{label}</legend>
      <div className={styles.checks}>
        {options.map((o) => (
          <CheckboxField key={o.value} label={o.label} checked={values.includes(o.value)}
            onChange={(checked) => onChange(checked ? [...values, o.value] : values.filter((v) => v !== o.value))} />
        ))}
      </div>
      {error ? <p className={formStyles.error}>{error}</p> : null}
    </fieldset>
  );
}
