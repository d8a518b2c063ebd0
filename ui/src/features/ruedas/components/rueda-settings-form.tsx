import { useState, type FormEvent } from 'react';
import { Field } from '@/components/form/field';
import { errorText } from '@/components/form/error-text';
import { FormActions, FormAlert, FormStatus } from '@/components/form/form-messages';
import formStyles from '@/components/form/form.module.css';
import { TextField } from '@/components/form/text-field';
import { useFocusFirstError } from '@/components/form/use-focus-first-error';
import { messages } from '@/i18n/es-CO';
import { fieldErrors } from '@/lib/api-client';
import { useCreateRueda, useUpdateRueda, type RuedaDetails } from '../api/ruedas';
import {
  emptySession,
  formErrorsOf,
  settingsFormOf,
  settingsOf,
  validateSettings,
  type SessionForm,
  type SettingsForm,
} from '../utils/settings-form';
import styles from './ruedas.module.css';

const f = messages.ruedas.form;

type Props = {
  /** The stored rueda, or null for a new one. */
  rueda: RuedaDetails | null;
  onCreated?: (id: string) => void;
};

/**
 * The rueda's set-up: name, place, slot length, tables, request rules and the sessions with their breaks (rows
 * added and removed). Checked here for the obvious, then by the server, whose field messages appear at the same
 * inputs. Saved with If-Match so two organizers editing at once do not overwrite each other (412).
 */
export function RuedaSettingsForm({ rueda, onCreated }: Props) {
  const [form, setForm] = useState<SettingsForm>(() => settingsFormOf(rueda));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [formRef, focusFirstError] = useFocusFirstError();
  const create = useCreateRueda();
  const update = useUpdateRueda(rueda?.id ?? '');
  const save = rueda === null ? create : update;
  const editable = rueda === null || (rueda.canManage && (rueda.status === 'DRAFT' || rueda.status === 'REGISTRATION' || rueda.status === 'REQUESTS'));
  const serverErrors = save.isError ? formErrorsOf(fieldErrors(save.error)) : {};
  const errors = { ...serverErrors, ...localErrors };
  const e = (field: string) => errors[field];

  const set = <K extends keyof SettingsForm>(key: K) => (value: SettingsForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const setSession = (i: number, change: Partial<SessionForm>) =>
    setForm((current) => ({ ...current, sessions: current.sessions.map((s, j) => (j === i ? { ...s, ...change } : s)) }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const found = validateSettings(form);
    setLocalErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError();
      return;
    }
    const settings = settingsOf(form);
    if (rueda === null) {
      create.mutate(settings, { onSuccess: (created) => onCreated?.(created.id), onError: focusFirstError });
    } else {
      update.mutate(
        { settings, version: rueda.version },
        {
          onSuccess: (saved) => {
            setForm(settingsFormOf(saved));
            setNotice(f.saved);
          },
          onError: focusFirstError,
        },
      );
    }
  }

  const hasFieldErrors = Object.keys(errors).length > 0;
  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      {rueda && !editable ? <FormStatus>{f.notEditable}</FormStatus> : null}
      {save.isError || Object.keys(localErrors).length > 0 ? (
        <FormAlert>
          <p>{hasFieldErrors ? f.checkFields : errorText(save.error)}</p>
        </FormAlert>
      ) : null}
      {notice ? <FormStatus>{notice}</FormStatus> : null}
      <fieldset disabled={!editable} className={formStyles.fieldset}>
        <TextField label={f.name} value={form.name} onChange={set('name')} error={e('name')} required />
        <Field label={f.description} error={e('description')}>
          {({ id, describedBy, invalid }) => (
            <textarea id={id} className={formStyles.input} rows={3} value={form.description}
              onChange={(ev) => set('description')(ev.target.value)} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
          )}
        </Field>
        <div className={styles.row}>
          <TextField label={f.municipalityCode} hint={f.municipalityHint} value={form.municipalityCode}
            onChange={set('municipalityCode')} error={e('municipalityCode')} inputMode="numeric" maxLength={5} />
          <TextField label={f.venue} value={form.venue} onChange={set('venue')} error={e('venue')} />
        </div>
        <div className={styles.row}>
          <TextField label={f.slotMinutes} value={form.slotMinutes} onChange={set('slotMinutes')} error={e('slotMinutes')} inputMode="numeric" />
          <TextField label={f.tables} value={form.tables} onChange={set('tables')} error={e('tables')} inputMode="numeric" />
          <TextField label={f.defaultMaxMeetings} value={form.defaultMaxMeetings} onChange={set('defaultMaxMeetings')}
            error={e('defaultMaxMeetings')} inputMode="numeric" />
          <TextField label={f.maxOpenRequests} value={form.maxOpenRequests} onChange={set('maxOpenRequests')}
            error={e('maxOpenRequests')} inputMode="numeric" />
          <TextField label={f.requestExpiryDays} value={form.requestExpiryDays} onChange={set('requestExpiryDays')}
            error={e('requestExpiryDays')} inputMode="numeric" />
        </div>
        <fieldset className={formStyles.fieldset}>
          <legend className={formStyles.legend}>{f.sessions}</legend>
          {e('sessions') ? <p className={formStyles.error}>{e('sessions')}</p> : null}
          {form.sessions.map((s, i) => (
            <fieldset key={i} className={styles.sessionBox}>
              <legend>{f.session(i + 1)}</legend>
              {e(`sessions[${i}]`) ? <p className={formStyles.error}>{e(`sessions[${i}]`)}</p> : null}
              <div className={styles.row}>
                <TextField label={f.sessionCode} hint={f.sessionCodeHint} value={s.code} maxLength={10}
                  onChange={(code) => setSession(i, { code })} error={e(`sessions[${i}].code`)} />
                <TextField label={f.sessionName} value={s.name} onChange={(name) => setSession(i, { name })}
                  error={e(`sessions[${i}].name`)} />
                <TextField type="date" label={f.date} value={s.date} onChange={(date) => setSession(i, { date })}
                  error={e(`sessions[${i}].date`)} />
                <TextField type="time" label={f.start} value={s.start} onChange={(start) => setSession(i, { start })}
                  error={e(`sessions[${i}].start`)} />
                <TextField type="time" label={f.end} value={s.end} onChange={(end) => setSession(i, { end })}
                  error={e(`sessions[${i}].end`)} />
              </div>
              <fieldset className={formStyles.fieldset}>
                <legend className={formStyles.legend}>{f.breaks}</legend>
                {s.breaks.map((b, j) => (
                  <div key={j}>
                    {e(`sessions[${i}].breaks[${j}]`) ? <p className={formStyles.error}>{e(`sessions[${i}].breaks[${j}]`)}</p> : null}
                    <div className={styles.row}>
                      <TextField type="time" label={`${f.breakLabel(j + 1)} · ${f.start}`} value={b.start}
                        onChange={(start) => setSession(i, { breaks: s.breaks.map((x, k) => (k === j ? { ...x, start } : x)) })}
                        error={e(`sessions[${i}].breaks[${j}].start`)} />
                      <TextField type="time" label={`${f.breakLabel(j + 1)} · ${f.end}`} value={b.end}
                        onChange={(end) => setSession(i, { breaks: s.breaks.map((x, k) => (k === j ? { ...x, end } : x)) })}
                        error={e(`sessions[${i}].breaks[${j}].end`)} />
                      <p>
                        <button type="button" className="button button-secondary"
                          onClick={() => setSession(i, { breaks: s.breaks.filter((_, k) => k !== j) })}>
                          {f.removeBreak(j + 1)}
                        </button>
                      </p>
                    </div>
                  </div>
                ))}
                <button type="button" className="button button-secondary"
                  onClick={() => setSession(i, { breaks: [...s.breaks, { start: '10:00', end: '10:20' }] })}>
                  {f.addBreak}
                </button>
              </fieldset>
              {form.sessions.length > 1 ? (
                <p>
                  <button type="button" className="button button-danger"
                    onClick={() => set('sessions')(form.sessions.filter((_, k) => k !== i))}>
                    {f.removeSession(i + 1)}
                  </button>
                </p>
              ) : null}
            </fieldset>
          ))}
          <button type="button" className="button button-secondary"
            onClick={() => set('sessions')([...form.sessions, { ...emptySession(form.sessions.length), date: form.sessions.at(-1)?.date ?? '' }])}>
            {f.addSession}
          </button>
        </fieldset>
      </fieldset>
      {editable ? (
        <FormActions>
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? f.saving : rueda === null ? f.create : f.save}
          </button>
        </FormActions>
      ) : null}
    </form>
  );
}
