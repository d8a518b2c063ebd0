import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { CheckboxField } from '@/components/form/checkbox-field';
import { errorText } from '@/components/form/error-text';
import { FormAlert } from '@/components/form/form-messages';
import { TextField } from '@/components/form/text-field';
import confirmStyles from '@/components/ui/confirm-dialog.module.css';
import { messages } from '@/i18n/es-CO';
import { fieldErrors } from '@/lib/api-client';
import { useChangeParticipant, useRueda, type ParticipantView } from '../api/ruedas';
import { availabilityChange, validMaxMeetings } from '../utils/availability';
import { formatTime } from '../utils/format';
import styles from './ruedas.module.css';

const t = messages.ruedas.availability;

/**
 * When a participant can meet: the sessions it attends (none ticked = all), the slots it cannot meet in and its
 * maximum of meetings. Organizers set it for anyone; a firm sets its own until the agenda is being built.
 */
export function AvailabilityDialog({ ruedaId, participant, onClose }: {
  ruedaId: string;
  participant: ParticipantView;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const rueda = useRueda(ruedaId);
  const change = useChangeParticipant(ruedaId);
  const [sessions, setSessions] = useState<string[]>(participant.sessions);
  const [unavailable, setUnavailable] = useState<string[]>(participant.unavailableSlots);
  const [max, setMax] = useState(participant.maxMeetings == null ? '' : String(participant.maxMeetings));
  const errors = change.isError ? fieldErrors(change.error) : {};

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);

  const toggle = (list: string[], code: string, on: boolean) => (on ? [...list, code] : list.filter((c) => c !== code));

  function submit(event: FormEvent) {
    event.preventDefault();
    change.mutate(
      { organizationId: participant.organizationId, version: participant.version, change: availabilityChange(sessions, unavailable, max) },
      { onSuccess: onClose },
    );
  }

  return (
    <dialog ref={ref} className={confirmStyles.dialog} aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className={confirmStyles.title}>{t.title(participant.name)}</h2>
        {change.isError && Object.keys(errors).length === 0 ? (
          <FormAlert>
            <p>{errorText(change.error)}</p>
          </FormAlert>
        ) : null}
        <TextField label={t.maxMeetings} hint={t.maxMeetingsHint} value={max} onChange={setMax} inputMode="numeric"
          error={validMaxMeetings(max) ? errors.maxMeetings : t.maxInvalid} />
        {rueda.data ? (
          <>
            <fieldset className={styles.sessionBox}>
              <legend>{t.sessions}</legend>
              <p className={styles.meta}>{t.sessionsHint}</p>
              {rueda.data.sessions.map((s) => (
                <CheckboxField key={s.code} label={`${s.name} (${formatTime(s.startsAt)}–${formatTime(s.endsAt)})`}
                  checked={sessions.includes(s.code)} onChange={(on) => setSessions(toggle(sessions, s.code, on))} />
              ))}
            </fieldset>
            <fieldset className={styles.sessionBox}>
              <legend>{t.unavailable}</legend>
              {rueda.data.slots.map((s) => (
                <CheckboxField key={s.code} label={`${s.code} · ${formatTime(s.startsAt)}–${formatTime(s.endsAt)}`}
                  checked={unavailable.includes(s.code)} onChange={(on) => setUnavailable(toggle(unavailable, s.code, on))} />
              ))}
            </fieldset>
          </>
        ) : (
          <p role="status">{t.loading}</p>
        )}
        <div className={confirmStyles.actions}>
          <button type="submit" className="button" disabled={change.isPending || !validMaxMeetings(max)}>
            {change.isPending ? t.saving : t.save}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t.close}
          </button>
        </div>
      </form>
    </dialog>
  );
}
