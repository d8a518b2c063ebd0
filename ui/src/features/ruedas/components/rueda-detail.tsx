import { useId, useState } from 'react';
import { Link } from 'react-router';
import { errorText } from '@/components/form/error-text';
import { FormAlert, FormStatus, LoadFailed } from '@/components/form/form-messages';
import { paths, ruedaPath } from '@/config/paths';
import { messages } from '@/i18n/es-CO';
import { useAddParticipant, useChangeParticipant, useChangeStatus, useParticipants, useRueda, type RuedaDetails } from '../api/ruedas';
import { formatDay, formatTime } from '../utils/format';
import { AvailabilityDialog } from './availability-dialog';
import { ParticipantsPanel } from './participants-panel';
import { RuedaSettingsForm } from './rueda-settings-form';
import styles from './ruedas.module.css';

const t = messages.ruedas;
const d = t.detail;

export const STATUS_ORDER = [
  'DRAFT', 'REGISTRATION', 'REQUESTS', 'SCHEDULING', 'PUBLISHED', 'IN_PROGRESS', 'CLOSED', 'FOLLOW_UP',
] as const;

/** Where the agenda means something: from scheduling on. */
const AGENDA_PHASES = new Set(['SCHEDULING', 'PUBLISHED', 'IN_PROGRESS', 'CLOSED', 'FOLLOW_UP']);

/** Check-in opens with the published agenda and closes with the day (as the API allows it). */
const CHECK_IN_PHASES = new Set(['PUBLISHED', 'IN_PROGRESS']);

/** The live board: the day, and just after it to look back at attendance. */
const DAY_PHASES = new Set(['PUBLISHED', 'IN_PROGRESS', 'CLOSED']);

/** Outcomes are recorded from the day on; the follow-up board means something from then. */
const FOLLOW_UP_PHASES = new Set(['IN_PROGRESS', 'CLOSED', 'FOLLOW_UP']);

type Tab = 'summary' | 'participants' | 'settings';

/**
 * One rueda: its phase (a stepper, and the next phases the organizer may move it to), the frame (sessions,
 * slots, tables), the counts and, by role, the participants and the settings (organizers) or the firm's own
 * registration (anchors and mipymes).
 */
export function RuedaDetail({ ruedaId, organizationId }: { ruedaId: string; organizationId: string | null }) {
  const rueda = useRueda(ruedaId);
  const [tab, setTab] = useState<Tab>('summary');
  const id = useId();

  if (rueda.isPending) return <p role="status">{d.loading}</p>;
  if (rueda.isError) {
    return (
      <LoadFailed title={d.error} error={rueda.error} onRetry={() => void rueda.refetch()} />
    );
  }
  const r = rueda.data;
  const tabs: Tab[] = r.canManage ? ['summary', 'participants', 'settings'] : ['summary'];

  return (
    <>
      <p className={styles.meta}>
        <Link to={paths.ruedas}>{d.back}</Link>
      </p>
      <h2 className={styles.cardTitle}>{r.name}</h2>
      <Stepper status={r.status} />
      {r.canManage ? <NextStatus rueda={r} /> : <MyParticipation rueda={r} organizationId={organizationId} />}
      <nav aria-label={d.linksHeading} className={styles.toolbar}>
        {r.status === 'REQUESTS' || r.status === 'SCHEDULING' || (r.canManage && r.status !== 'DRAFT') ? (
          <Link className="button button-secondary" to={ruedaPath(r.id, 'ruedaRequests')}>{d.requestsLink}</Link>
        ) : null}
        {r.canManage && AGENDA_PHASES.has(r.status) ? (
          <Link className="button button-secondary" to={ruedaPath(r.id, 'ruedaAgenda')}>{d.agendaLink}</Link>
        ) : null}
        {r.canManage && CHECK_IN_PHASES.has(r.status) ? (
          <Link className="button button-secondary" to={ruedaPath(r.id, 'ruedaCheckIn')}>{d.checkInLink}</Link>
        ) : null}
        {r.canManage && DAY_PHASES.has(r.status) ? (
          <Link className="button button-secondary" to={ruedaPath(r.id, 'ruedaLive')}>{d.liveLink}</Link>
        ) : null}
        {r.canManage && FOLLOW_UP_PHASES.has(r.status) ? (
          <Link className="button button-secondary" to={ruedaPath(r.id, 'ruedaFollowUp')}>{d.followUpLink}</Link>
        ) : null}
        {r.canManage && r.status !== 'DRAFT' ? (
          <Link className="button button-secondary" to={ruedaPath(r.id, 'ruedaReport')}>{d.reportLink}</Link>
        ) : null}
        {!r.canManage && r.myStatus === 'APPROVED' && r.publishedAt ? (
          <Link className="button button-secondary" to={ruedaPath(r.id, 'ruedaMyAgenda')}>{d.myAgendaLink}</Link>
        ) : null}
      </nav>
      {tabs.length > 1 ? (
        <div role="tablist" aria-label={d.tabsLabel} className={styles.tabs}>
          {tabs.map((x) => (
            <button key={x} type="button" role="tab" id={`${id}-${x}`} aria-selected={tab === x}
              aria-controls={`${id}-panel`} className={styles.tab} onClick={() => setTab(x)}>
              {d.tabs[x]}
            </button>
          ))}
        </div>
      ) : null}
      <div role={tabs.length > 1 ? 'tabpanel' : undefined} id={`${id}-panel`}
        aria-labelledby={tabs.length > 1 ? `${id}-${tab}` : undefined}>
        {tab === 'summary' ? <Summary rueda={r} /> : null}
        {tab === 'participants' ? <ParticipantsPanel ruedaId={r.id} /> : null}
        {tab === 'settings' ? <RuedaSettingsForm key={r.version} rueda={r} /> : null}
      </div>
    </>
  );
}

function Stepper({ status }: { status: string }) {
  const current = STATUS_ORDER.indexOf(status as (typeof STATUS_ORDER)[number]);
  return (
    <ol className={styles.stepper} aria-label={d.stepperLabel}>
      {STATUS_ORDER.map((s, i) => (
        <li key={s} aria-current={i === current ? 'step' : undefined}
          className={`${styles.step} ${i < current ? styles.stepDone : ''} ${i === current ? styles.stepCurrent : ''}`}>
          {t.status[s]}
          {i === current ? <span className="visually-hidden">{` (${d.current})`}</span> : null}
        </li>
      ))}
    </ol>
  );
}

function NextStatus({ rueda }: { rueda: RuedaDetails }) {
  const change = useChangeStatus(rueda.id);
  if (rueda.nextStatuses.length === 0 && !change.isError && !change.isSuccess) return null;
  return (
    <div>
      {change.isError ? (
        <FormAlert>
          <p>{errorText(change.error)}</p>
        </FormAlert>
      ) : null}
      {change.isSuccess ? <FormStatus>{d.statusChanged(t.status[change.data.status] ?? change.data.status)}</FormStatus> : null}
      {rueda.nextStatuses.length > 0 ? (
        <div className={styles.toolbar}>
          <span>{d.nextHeading}</span>
          {rueda.nextStatuses.map((s) => (
            <button key={s} type="button" className="button" disabled={change.isPending}
              onClick={() => change.mutate({ status: s, version: rueda.version })}>
              {change.isPending && change.variables?.status === s ? d.changing : (t.moveTo[s] ?? t.status[s] ?? s)}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** A firm's side: apply while registration is open, or accept the organizer's invitation. */
function MyParticipation({ rueda, organizationId }: { rueda: RuedaDetails; organizationId: string | null }) {
  const apply = useAddParticipant(rueda.id);
  const accept = useChangeParticipant(rueda.id);
  const failed = apply.isError ? apply.error : accept.isError ? accept.error : null;
  const open = rueda.status === 'REGISTRATION' || rueda.status === 'REQUESTS';
  return (
    <div>
      {rueda.myStatus ? (
        <p className={styles.meta}>{t.myStatus(t.participantStatus[rueda.myStatus] ?? rueda.myStatus)}</p>
      ) : null}
      {failed ? (
        <FormAlert>
          <p>{errorText(failed)}</p>
        </FormAlert>
      ) : null}
      {apply.isSuccess ? <FormStatus>{d.applied}</FormStatus> : null}
      {open && organizationId && !rueda.myStatus ? (
        <button type="button" className="button" disabled={apply.isPending} onClick={() => apply.mutate({})}>
          {d.apply}
        </button>
      ) : null}
      {open && organizationId && rueda.myStatus === 'INVITED' ? (
        <>
          <p>{d.invitedNotice}</p>
          <button type="button" className="button" disabled={accept.isPending}
            onClick={() => accept.mutate({ organizationId, change: { status: 'APPROVED' } })}>
            {d.accept}
          </button>
        </>
      ) : null}
      {open && organizationId && rueda.myStatus === 'APPROVED' ? (
        <MyAvailability ruedaId={rueda.id} organizationId={organizationId} />
      ) : null}
    </div>
  );
}

/** An approved firm says when it can meet while the agenda is not yet being built. */
function MyAvailability({ ruedaId, organizationId }: { ruedaId: string; organizationId: string }) {
  const participants = useParticipants(ruedaId);
  const [open, setOpen] = useState(false);
  const me = participants.data?.items.find((p) => p.organizationId === organizationId);
  if (!me) return null;
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {messages.ruedas.availability.mine}
      </button>
      {open ? <AvailabilityDialog ruedaId={ruedaId} participant={me} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function Summary({ rueda: r }: { rueda: RuedaDetails }) {
  const ownTables = r.tables.filter((x) => x.ownerName);
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="visually-hidden">{d.summaryHeading}</h2>
      {r.description ? <p>{r.description}</p> : null}
      <dl className={styles.figures}>
        <Figure label={d.venue} value={r.venue ?? messages.formControls.none} />
        <Figure label={d.municipality} value={r.municipalityName ?? r.municipalityCode ?? messages.formControls.none} />
        <Figure label={d.slotMinutes} value={d.minutes(r.slotMinutes)} />
        <Figure label={d.slots} value={String(r.slots.length)} />
        <Figure label={d.tables} value={String(r.tables.length)} />
        <Figure label={d.anchors} value={String(r.anchors)} />
        <Figure label={d.suppliers} value={String(r.suppliers)} />
        <Figure label={d.allies} value={String(r.allies)} />
        <Figure label={d.pending} value={String(r.pendingParticipants)} />
        <Figure label={d.requests} value={String(r.requests)} />
        <Figure label={d.meetings} value={String(r.meetings)} />
      </dl>
      <h3>{d.sessions}</h3>
      <ul>
        {r.sessions.map((s) => (
          <li key={s.code}>
            {d.sessionLine(s.name, formatDay(s.startsAt), formatTime(s.startsAt), formatTime(s.endsAt))}
            {s.breaks.length > 0 ? (
              <ul>
                {s.breaks.map((b) => (
                  <li key={b.startsAt}>{d.breakLine(formatTime(b.startsAt), formatTime(b.endsAt))}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {ownTables.length > 0 ? (
        <ul>
          {ownTables.map((x) => (
            <li key={x.code}>{`${x.name}: ${t.agenda.ownTable(x.ownerName ?? '')}`}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className={styles.figure}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
