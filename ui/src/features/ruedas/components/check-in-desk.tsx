import { useEffect, useRef, useState, type FormEvent } from 'react';
import { errorText } from '@/components/form/error-text';
import { FormAlert, FormStatus } from '@/components/form/form-messages';
import { messages } from '@/i18n/es-CO';
import { useAttendees, useCheckIn, type Attendee, type CheckInResult } from '../api/rueda-day';
import { checkInMessage, normaliseCheckInCode } from '../utils/day';
import { formatTime } from '../utils/format';
import { canScanQr, QrScanner } from './qr-scanner';
import styles from './rueda-day.module.css';

const t = messages.ruedaDay.checkIn;

/**
 * The check-in desk on a phone: one big field for the code (or the camera reading the agenda's QR), then a
 * search by name or NIT for whoever forgot the agenda. Every answer is said aloud (role="status"), and the
 * field is emptied and focused again for the next person in line.
 */
export function CheckInDesk({ ruedaId }: { ruedaId: string }) {
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const [scanning, setScanning] = useState(false);
  const [scanSupported] = useState(canScanQr);
  const input = useRef<HTMLInputElement>(null);
  const checkIn = useCheckIn(ruedaId);

  function submitCode(raw: string) {
    const normalised = normaliseCheckInCode(raw);
    if (normalised === '') {
      setMissing(true);
      input.current?.focus();
      return;
    }
    setMissing(false);
    checkIn.mutate(
      { code: normalised },
      {
        onSuccess: () => {
          setCode('');
          input.current?.focus();
        },
      },
    );
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    submitCode(code);
  }

  return (
    <>
      <form onSubmit={onSubmit} className={styles.codeForm} noValidate>
        <label htmlFor="check-in-code" className={styles.bigLabel}>
          {t.codeLabel}
        </label>
        <p id="check-in-code-hint" className={styles.meta}>
          {t.codeHint}
        </p>
        <input
          id="check-in-code"
          ref={input}
          className={styles.codeInput}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoCapitalize="characters"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="go"
          aria-describedby="check-in-code-hint"
          aria-invalid={missing || undefined}
        />
        {missing ? <p className={styles.error}>{t.codeRequired}</p> : null}
        <div className={styles.actions}>
          <button type="submit" className={`button ${styles.big}`} disabled={checkIn.isPending}>
            {checkIn.isPending ? t.submitting : t.submit}
          </button>
          {scanSupported && !scanning ? (
            <button type="button" className={`button button-secondary ${styles.big}`} onClick={() => setScanning(true)}>
              {t.scan}
            </button>
          ) : null}
        </div>
        {!scanSupported ? <p className={styles.meta}>{t.noCamera}</p> : null}
      </form>
      {scanning ? (
        <QrScanner
          onClose={() => setScanning(false)}
          onCode={(text) => {
            setScanning(false);
            setCode(normaliseCheckInCode(text));
            submitCode(text);
          }}
        />
      ) : null}
      <CheckInAnswer result={checkIn.data} error={checkIn.isError ? checkIn.error : null} />
      <AttendeeSearch ruedaId={ruedaId} onCheckIn={(organizationId) => checkIn.mutate({ organizationId })}
        pendingId={checkIn.isPending && checkIn.variables && 'organizationId' in checkIn.variables
          ? checkIn.variables.organizationId : null} />
    </>
  );
}

function CheckInAnswer({ result, error }: { result: CheckInResult | undefined; error: unknown }) {
  if (error) {
    return (
      <FormAlert>
        <p>{errorText(error)}</p>
      </FormAlert>
    );
  }
  if (!result) return null;
  return (
    <div className={result.alreadyCheckedIn ? styles.answerDuplicate : styles.answerOk}>
      <FormStatus>
        <p className={styles.answerText}>{checkInMessage(result)}</p>
      </FormStatus>
    </div>
  );
}

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

function AttendeeSearch({ ruedaId, onCheckIn, pendingId }: {
  ruedaId: string;
  onCheckIn: (organizationId: string) => void;
  pendingId: string | null;
}) {
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 300);
  const attendees = useAttendees(ruedaId, query);
  return (
    <section aria-labelledby="attendee-search" className={styles.section}>
      <h2 id="attendee-search" className={styles.sectionTitle}>{t.searchHeading}</h2>
      <label htmlFor="attendee-q" className={styles.label}>{t.searchLabel}</label>
      <input id="attendee-q" type="search" className={styles.searchInput} value={q}
        onChange={(e) => setQ(e.target.value)} autoComplete="off" />
      {attendees.isPending ? <p role="status">{t.loading}</p> : null}
      {attendees.isError ? (
        <FormAlert>
          <p>{t.error}</p>
          <p>{errorText(attendees.error)}</p>
        </FormAlert>
      ) : null}
      {attendees.data && attendees.data.length === 0 ? <p>{t.empty}</p> : null}
      {attendees.data && attendees.data.length > 0 ? (
        <ul className={styles.list} aria-label={t.listLabel}>
          {attendees.data.map((a) => (
            <AttendeeRow key={a.organizationId} attendee={a} onCheckIn={onCheckIn} pending={pendingId === a.organizationId} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function AttendeeRow({ attendee: a, onCheckIn, pending }: {
  attendee: Attendee;
  onCheckIn: (organizationId: string) => void;
  pending: boolean;
}) {
  return (
    <li className={`${styles.row} ${a.checkedIn ? styles.rowDone : ''}`}>
      <div>
        <p className={styles.name}>{a.name}</p>
        <p className={styles.meta}>
          {[a.nit ? t.nit(a.nit) : null, t.role[a.role] ?? a.role].filter(Boolean).join(' · ')}
        </p>
        <p className={styles.meta}>
          {a.checkedIn && a.checkedInAt ? t.arrived(formatTime(a.checkedInAt)) : a.absent ? t.absent : t.notYet}
        </p>
      </div>
      {!a.checkedIn ? (
        <button type="button" className="button" disabled={pending} aria-label={t.registerLabel(a.name)}
          onClick={() => onCheckIn(a.organizationId)}>
          {pending ? t.submitting : t.register}
        </button>
      ) : null}
    </li>
  );
}
