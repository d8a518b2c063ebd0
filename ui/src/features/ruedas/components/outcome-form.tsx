import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { errorText, formProblem } from '@/components/form/error-text';
import { FormActions, FormAlert, FormStatus } from '@/components/form/form-messages';
import { RadioCards } from '@/components/form/radio-cards';
import { TextField } from '@/components/form/text-field';
import { ruedaPath } from '@/config/paths';
import { messages } from '@/i18n/es-CO';
import { fieldErrors } from '@/lib/api-client';
import { useParticipantAgenda, type AgendaMeeting } from '../api/ruedas';
import { useOutcomes, useRecordOutcome, type SideOutcome } from '../api/rueda-day';
import {
  canReportOutcome, formatCopInput, INTERESTS, outcomeFormOf, outcomePayload, validateOutcome, type OutcomeErrors,
  type OutcomeForm as Values,
} from '../utils/day';
import { formatDay, formatTime } from '../utils/format';
import styles from './rueda-day.module.css';

const t = messages.ruedaDay.outcome;
const FIELDS = ['interest', 'nextStep', 'nextStepDate', 'expectedValueCop'];

/**
 * A firm's side of a meeting, made to be filled on a phone in under a minute: four big choices for how the
 * interest stands, then (optional) the next step with its date and the expected value in pesos. With
 * {@code onBehalf}, the organizer fills the side of {@code organizationId} (from the live board or the follow-up).
 */
export function OutcomeForm({ ruedaId, meetingId, organizationId, onBehalf = false }: {
  ruedaId: string;
  meetingId: string;
  organizationId: string | null;
  onBehalf?: boolean;
}) {
  const agenda = useParticipantAgenda(ruedaId, organizationId);
  const meeting = agenda.data?.meetings.find((m) => m.id === meetingId);
  const outcomes = useOutcomes(ruedaId, meetingId, meeting?.status === 'HELD');
  // held here, not in the form: saving reloads the stored outcome, which re-creates the form, and the thanks
  // must survive that
  const save = useRecordOutcome(ruedaId, meetingId);
  const back = (
    <p className={styles.meta}>
      {onBehalf ? (
        <Link to={ruedaPath(ruedaId)}>{messages.ruedaDay.backToRueda}</Link>
      ) : (
        <Link to={ruedaPath(ruedaId, 'ruedaMyAgenda')}>{t.backToAgenda}</Link>
      )}
    </p>
  );

  if (organizationId === null) return <FormStatus>{messages.ruedas.myAgenda.noOrganization}</FormStatus>;
  if (agenda.isPending || (meeting?.status === 'HELD' && outcomes.isPending)) return <p role="status">{t.loading}</p>;
  if (agenda.isError) {
    return (
      <FormAlert>
        <p>{t.error}</p>
        <p>{errorText(agenda.error)}</p>
      </FormAlert>
    );
  }
  if (!meeting) return <>{back}<FormStatus>{t.notFound}</FormStatus></>;
  if (!canReportOutcome(meeting)) return <>{back}<FormStatus>{t.notYet}</FormStatus></>;
  const mine = outcomes.data?.find((o) => o.organizationId === organizationId) ?? null;
  const when = `${formatDay(meeting.startsAt)}, ${formatTime(meeting.startsAt)}`;
  return (
    <>
      {back}
      <p className={styles.name}>
        {onBehalf && agenda.data
          ? t.onBehalfOf(agenda.data.name, meeting.counterpart.name, when)
          : t.with(meeting.counterpart.name, when)}
      </p>
      <Form key={mine?.recordedAt ?? 'new'} meeting={meeting} stored={mine} save={save}
        side={onBehalf ? organizationId : null} />
    </>
  );
}

function Form({ meeting, stored, save, side }: {
  meeting: AgendaMeeting;
  stored: SideOutcome | null;
  save: ReturnType<typeof useRecordOutcome>;
  /** the participant an organizer reports for; null when a firm reports its own side */
  side: string | null;
}) {
  const [values, setValues] = useState<Values>(() => outcomeFormOf(stored));
  const [errors, setErrors] = useState<OutcomeErrors>({});
  const markHeld = meeting.status !== 'HELD';
  const server = save.isError ? fieldErrors(save.error) : {};
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validateOutcome(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    save.mutate({ report: { ...outcomePayload(values), ...(side ? { organizationId: side } : {}) }, markHeld });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {markHeld ? <p className={styles.meta}>{t.willMarkHeld}</p> : null}
      <RadioCards legend={t.interest} name="interest" value={values.interest}
        onChange={(v) => set('interest', v)} error={errors.interest ?? server.interest}
        options={INTERESTS.map((i) => ({ value: i, label: t.interests[i] ?? i, hint: t.interestHints[i] }))} />
      <TextField label={t.nextStep} hint={t.nextStepHint} value={values.nextStep} maxLength={1000}
        onChange={(v) => set('nextStep', v)} error={errors.nextStep ?? server.nextStep} />
      <TextField label={t.nextStepDate} type="date" value={values.nextStepDate}
        onChange={(v) => set('nextStepDate', v)} error={errors.nextStepDate ?? server.nextStepDate} />
      <ValueField value={values.value} onChange={(v) => set('value', v)} error={errors.value ?? server.expectedValueCop} />
      {save.isError ? (
        <FormAlert>
          {formProblem(save.error, FIELDS).map((line) => <p key={line}>{line}</p>)}
        </FormAlert>
      ) : null}
      {save.isSuccess ? <FormStatus>{t.saved}</FormStatus> : null}
      {stored && !save.isSuccess ? (
        <p className={styles.meta}>{t.recordedAt(`${formatDay(stored.recordedAt)}, ${formatTime(stored.recordedAt)}`)}</p>
      ) : null}
      <FormActions>
        <button type="submit" className={`button ${styles.big}`} disabled={save.isPending}>
          {save.isPending ? t.saving : t.save}
        </button>
      </FormActions>
    </form>
  );
}

/** Pesos with thousands dots as they are typed ("1.250.000"), on the phone's number keypad. */
function ValueField({ value, onChange, error }: { value: string; onChange: (v: string) => void; error?: string }) {
  return (
    <div className={styles.section}>
      <label htmlFor="outcome-value" className={styles.label}>{t.value}</label>
      <p id="outcome-value-hint" className={styles.meta}>{t.valueHint}</p>
      <div className={styles.valueRow}>
        <span className={styles.prefix} aria-hidden="true">{t.valuePrefix}</span>
        <input id="outcome-value" inputMode="numeric" autoComplete="off" value={value}
          onChange={(e) => onChange(formatCopInput(e.target.value))}
          aria-describedby={error ? 'outcome-value-hint outcome-value-error' : 'outcome-value-hint'}
          aria-invalid={error ? true : undefined} />
      </div>
      {error ? <p id="outcome-value-error" className={styles.error}>{error}</p> : null}
    </div>
  );
}
