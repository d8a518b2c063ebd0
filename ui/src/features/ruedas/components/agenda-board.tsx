import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { errorText } from '@/components/form/error-text';
import { FormAlert, FormStatus, LoadFailed } from '@/components/form/form-messages';
import { SelectField } from '@/components/form/select-field';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { messages } from '@/i18n/es-CO';
import {
  checkMove,
  useBoard,
  checkNewMeeting,
  useAddMeeting,
  useCancelMeeting,
  useChangeMeeting,
  useGenerateAgenda,
  useRuedaDownload,
  type AgendaBoard as Board,
  type BoardMeeting,
  type RuedaFile,
} from '../api/ruedas';
import { meetingAt, moveConflicts } from '../utils/conflicts';
import { formatInt, formatTime, qualityLabel, scheduledOfBound } from '../utils/format';
import styles from './ruedas.module.css';

const t = messages.ruedas.agenda;

/**
 * The organizer's agenda board: generate the optimal agenda, read how good it is, and adjust it by hand — drag
 * a meeting to another cell (or "Mover" with two selects, for keyboards and phones), fix or free it, cancel it.
 * Conflicts are shown before anything is sent; every change carries the meeting's version (412 if stale).
 */
export function AgendaBoard({ ruedaId }: { ruedaId: string }) {
  const board = useBoard(ruedaId);
  const generate = useGenerateAgenda(ruedaId);
  const change = useChangeMeeting(ruedaId);
  const cancel = useCancelMeeting(ruedaId);
  const download = useRuedaDownload(ruedaId);
  const [moving, setMoving] = useState<BoardMeeting | null>(null);
  const [cancelling, setCancelling] = useState<BoardMeeting | null>(null);
  const [dragging, setDragging] = useState<BoardMeeting | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  if (board.isPending) return <p role="status">{t.loading}</p>;
  if (board.isError) {
    return (
      <LoadFailed title={t.error} error={board.error} onRetry={() => void board.refetch()} />
    );
  }
  const b = board.data;
  const failed = [generate, change, cancel].find((m) => m.isError);
  const hasMeetings = b.meetings.some((m) => m.status === 'SCHEDULED');

  function drop(slot: string, table: string) {
    const m = dragging;
    setDragging(null);
    setOver(null);
    if (!m || (m.slot === slot && m.table === table)) return;
    if (moveConflicts(b, m, slot, table).length > 0) return;
    change.mutate({ meeting: m, change: { slot, table } });
  }

  return (
    <>
      {failed ? (
        <FormAlert>
          <p>{errorText(failed.error)}</p>
        </FormAlert>
      ) : null}
      {generate.isSuccess && !failed ? <FormStatus>{t.generated}</FormStatus> : null}
      {change.isSuccess && !failed ? <FormStatus>{t.moved}</FormStatus> : null}
      <div className={styles.toolbar}>
        <button type="button" className="button" disabled={generate.isPending || b.status !== 'SCHEDULING'}
          onClick={() => generate.mutate(b.version)}>
          {generate.isPending ? t.generating : hasMeetings ? t.regenerate : t.generate}
        </button>
        {['SCHEDULING', 'PUBLISHED', 'IN_PROGRESS'].includes(b.status) && b.participants.length > 1 ? (
          <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
            {t.add.action}
          </button>
        ) : null}
        {b.waitingRequests > 0 ? <span>{t.waiting(b.waitingRequests)}</span> : null}
      </div>
      {b.figures ? <Figures board={b} /> : <p>{t.notYet}</p>}
      <Downloads pending={download.isPending} error={download.isError ? download.error : null}
        onDownload={(file) => download.mutate(file)} />
      {hasMeetings || b.slots.length > 0 ? (
        <>
          <p className={styles.meta}>{t.dropHint}</p>
          <div className={styles.gridWrap}>
            <table className={styles.grid}>
              <caption className="visually-hidden">{t.gridLabel}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.slotColumn}</th>
                  {b.tables.map((table) => (
                    <th key={table.code} scope="col">
                      {table.name}
                      {table.ownerName ? <span className={styles.meta}>{` · ${t.ownTable(table.ownerName)}`}</span> : null}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {b.slots.map((slot) => (
                  <tr key={slot.code}>
                    <th scope="row">{`${formatTime(slot.startsAt)} · ${slot.code}`}</th>
                    {b.tables.map((table) => {
                      const key = `${slot.code}/${table.code}`;
                      const m = meetingAt(b, slot.code, table.code);
                      const blocked = over === key && dragging ? moveConflicts(b, dragging, slot.code, table.code) : [];
                      return (
                        <td key={table.code}
                          className={`${styles.cell} ${over === key ? (blocked.length > 0 ? styles.cellBlocked : styles.cellTarget) : ''}`}
                          title={blocked.length > 0 ? blocked.join(' ') : undefined}
                          onDragOver={(event: DragEvent) => {
                            if (!dragging) return;
                            event.preventDefault();
                            event.dataTransfer.dropEffect = moveConflicts(b, dragging, slot.code, table.code).length > 0 ? 'none' : 'move';
                            if (over !== key) setOver(key);
                          }}
                          onDragLeave={() => setOver((o) => (o === key ? null : o))}
                          onDrop={(event: DragEvent) => {
                            event.preventDefault();
                            drop(slot.code, table.code);
                          }}>
                          {m ? (
                            <MeetingCard meeting={m} busy={change.isPending || cancel.isPending}
                              onDragStart={() => setDragging(m)} onDragEnd={() => { setDragging(null); setOver(null); }}
                              onMove={() => setMoving(m)} onCancel={() => setCancelling(m)}
                              onLock={() => change.mutate({ meeting: m, change: { locked: !m.locked } })} />
                          ) : (
                            <span className={styles.free}>{t.empty}</span>
                          )}
                          {blocked.length > 0 ? <span className="visually-hidden">{blocked.join(' ')}</span> : null}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      <section aria-labelledby="unscheduled-heading">
        <h2 id="unscheduled-heading">{t.unscheduledHeading}</h2>
        {b.unscheduled.length === 0 ? (
          <p>{t.noneUnscheduled}</p>
        ) : (
          <ul>
            {b.unscheduled.map((u) => (
              <li key={`${u.a}-${u.b}`}>
                <strong>{t.meeting(u.aName ?? u.a, u.bName ?? u.b)}</strong>
                {`: ${u.reason}`}
              </li>
            ))}
          </ul>
        )}
      </section>
      {moving ? (
        <MoveDialog board={b} ruedaId={ruedaId} meeting={moving} pending={change.isPending}
          error={change.isError ? errorText(change.error) : undefined}
          onCancel={() => { setMoving(null); change.reset(); }}
          onMove={(slot, table) => change.mutate({ meeting: moving, change: { slot, table } }, { onSuccess: () => setMoving(null) })} />
      ) : null}
      {adding ? <AddMeetingDialog board={b} ruedaId={ruedaId} onClose={() => setAdding(false)} /> : null}
      {cancelling ? (
        <ConfirmDialog title={t.cancelLabel(cancelling.aName, cancelling.bName)} confirmLabel={t.cancel}
          pendingLabel={t.cancelling} pending={cancel.isPending} destructive
          error={cancel.isError ? errorText(cancel.error) : undefined}
          onCancel={() => { setCancelling(null); cancel.reset(); }}
          onConfirm={() => cancel.mutate(cancelling, { onSuccess: () => setCancelling(null) })}>
          <p>{t.confirmCancel(cancelling.aName, cancelling.bName)}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

function Figures({ board }: { board: Board }) {
  const f = board.figures!;
  const quality = qualityLabel(f);
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t.figuresHeading}</h2>
      <dl className={styles.figures}>
        <div className={styles.figure}>
          <dt>{t.scheduled}</dt>
          <dd>{scheduledOfBound(f)}</dd>
        </div>
        <div className={styles.figure}>
          <dt>{t.figuresHeading}</dt>
          <dd className={f.optimal ? styles.optimal : undefined}>{quality}</dd>
        </div>
        <div className={styles.figure}>
          <dt>{t.idleGaps}</dt>
          <dd>{formatInt(f.idleGaps)}</dd>
        </div>
        <div className={styles.figure}>
          <dt>{t.suppliersWithMeetings}</dt>
          <dd>{formatInt(f.suppliersWithMeetings)}</dd>
        </div>
        <div className={styles.figure}>
          <dt>{t.requestsFigure}</dt>
          <dd>{formatInt(f.requests)}</dd>
        </div>
      </dl>
      <p className={styles.meta}>{t.solvedIn(formatInt(f.solveMillis))}</p>
    </section>
  );
}

function Downloads({ pending, error, onDownload }: { pending: boolean; error: unknown; onDownload: (f: RuedaFile) => void }) {
  const files: [RuedaFile, string][] = [['csv', t.csv], ['xlsx', t.xlsx], ['tables', t.tablesPdf]];
  return (
    <section aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{t.exportsHeading}</h2>
      {error ? (
        <FormAlert>
          <p>{t.downloadError}</p>
          <p>{errorText(error)}</p>
        </FormAlert>
      ) : null}
      {pending ? <p role="status">{t.downloading}</p> : null}
      <div className={styles.toolbar}>
        {files.map(([file, label]) => (
          <button key={file} type="button" className="button button-secondary" disabled={pending} onClick={() => onDownload(file)}>
            {label}
          </button>
        ))}
      </div>
    </section>
  );
}

function MeetingCard({ meeting: m, busy, onDragStart, onDragEnd, onMove, onCancel, onLock }: {
  meeting: BoardMeeting;
  busy: boolean;
  onDragStart: () => void;
  onDragEnd: () => void;
  onMove: () => void;
  onCancel: () => void;
  onLock: () => void;
}) {
  return (
    <div className={`${styles.meeting} ${m.locked ? styles.meetingLocked : ''}`} draggable={!busy}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', m.id);
        event.dataTransfer.effectAllowed = 'move';
        onDragStart();
      }}
      onDragEnd={onDragEnd}>
      <p className={styles.meetingNames}>
        {m.locked ? <span role="img" aria-label={t.locked}>{t.lockedIcon}</span> : null}
        {` ${t.meeting(m.aName, m.bName)}`}
      </p>
      <div className={styles.meetingActions}>
        <button type="button" className={`button button-secondary ${styles.small}`} disabled={busy} onClick={onMove}
          aria-label={t.moveLabel(m.aName, m.bName)}>
          {t.move}
        </button>
        <button type="button" className={`button button-secondary ${styles.small}`} disabled={busy} onClick={onLock}
          aria-pressed={m.locked} aria-label={m.locked ? t.unlockLabel(m.aName, m.bName) : t.lockLabel(m.aName, m.bName)}>
          {m.locked ? t.unlock : t.lock}
        </button>
        <button type="button" className={`button button-danger ${styles.small}`} disabled={busy} onClick={onCancel}
          aria-label={t.cancelLabel(m.aName, m.bName)}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}

/**
 * The keyboard and phone way to move a meeting: choose slot and table; the conflicts the board shows are listed
 * at once, and the server's own check (which also knows the request's session) follows.
 */
function MoveDialog({ board, ruedaId, meeting, pending, error, onCancel, onMove }: {
  board: Board;
  ruedaId: string;
  meeting: BoardMeeting;
  pending: boolean;
  error?: string;
  onCancel: () => void;
  onMove: (slot: string, table: string) => void;
}) {
  const [slot, setSlot] = useState(meeting.slot);
  const [table, setTable] = useState(meeting.table);
  const [server, setServer] = useState<{ key: string; conflicts: string[] } | null>(null);
  const local = moveConflicts(board, meeting, slot, table);
  const key = `${slot}/${table}`;
  const unchanged = slot === meeting.slot && table === meeting.table;
  const requested = useRef('');

  useEffect(() => {
    if (unchanged || local.length > 0) return;
    requested.current = key;
    checkMove(ruedaId, meeting.id, slot, table)
      .then((check) => {
        if (requested.current === key) setServer({ key, conflicts: check.conflicts });
      })
      .catch(() => undefined);
    // `local` is derived from the same inputs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ruedaId, meeting.id, slot, table, unchanged]);

  const serverConflicts = server?.key === key ? server.conflicts : null;
  const id = useId();
  return (
    <ConfirmDialog title={t.moveTitle(meeting.aName, meeting.bName)} confirmLabel={t.confirmMove} pendingLabel={t.moving}
      pending={pending} confirmDisabled={unchanged || local.length > 0 || (serverConflicts?.length ?? 0) > 0} error={error}
      onCancel={onCancel} onConfirm={() => onMove(slot, table)}>
      <SelectField label={t.slot} value={slot} onChange={setSlot}
        options={board.slots.map((s) => ({ value: s.code, label: `${formatTime(s.startsAt)} · ${s.code}` }))} />
      <SelectField label={t.table} value={table} onChange={setTable}
        options={board.tables.map((x) => ({ value: x.code, label: x.ownerName ? `${x.name} · ${t.ownTable(x.ownerName)}` : x.name }))} />
      <div id={`${id}-conflicts`} aria-live="polite">
        {unchanged ? null : local.length > 0 ? (
          <div className={styles.conflicts}>
            <p>{t.conflictsHeading}</p>
            <ul>{local.map((c) => <li key={c}>{c}</li>)}</ul>
          </div>
        ) : serverConflicts === null ? (
          <p>{t.checking}</p>
        ) : serverConflicts.length > 0 ? (
          <div className={styles.conflicts}>
            <p>{t.serverConflicts}</p>
            <ul>{serverConflicts.map((c) => <li key={c}>{c}</li>)}</ul>
          </div>
        ) : (
          <p>{t.noConflicts}</p>
        )}
      </div>
    </ConfirmDialog>
  );
}

/** An organizer adds a meeting between two approved participants; the server says beforehand if it fits. */
function AddMeetingDialog({ board, ruedaId, onClose }: { board: Board; ruedaId: string; onClose: () => void }) {
  const add = useAddMeeting(ruedaId);
  const people = board.participants;
  const [a, setA] = useState(people[0]?.id ?? '');
  const [other, setOther] = useState(people[1]?.id ?? '');
  const [slot, setSlot] = useState(board.slots[0]?.code ?? '');
  const [table, setTable] = useState(board.tables[0]?.code ?? '');
  const [server, setServer] = useState<{ key: string; conflicts: string[] } | null>(null);
  const key = `${a}/${other}/${slot}/${table}`;
  const same = a === other;
  const requested = useRef('');

  useEffect(() => {
    if (same || !slot || !table) return;
    requested.current = key;
    checkNewMeeting(ruedaId, { a, b: other, slot, table })
      .then((check) => {
        if (requested.current === key) setServer({ key, conflicts: check.conflicts });
      })
      .catch(() => undefined);
  }, [ruedaId, a, other, slot, table, same, key]);

  const conflicts = server?.key === key ? server.conflicts : null;
  const options = people.map((p) => ({ value: p.id, label: `${p.name} (${messages.ruedas.roles[p.role] ?? p.role})` }));
  return (
    <ConfirmDialog title={t.add.title} confirmLabel={t.add.confirm} pendingLabel={t.add.adding} pending={add.isPending}
      confirmDisabled={same || conflicts === null || conflicts.length > 0}
      error={add.isError ? errorText(add.error) : undefined}
      onCancel={onClose} onConfirm={() => add.mutate({ a, b: other, slot, table }, { onSuccess: onClose })}>
      <SelectField label={t.add.first} value={a} onChange={setA} options={options} />
      <SelectField label={t.add.second} value={other} onChange={setOther} options={options} />
      <SelectField label={t.slot} value={slot} onChange={setSlot}
        options={board.slots.map((s) => ({ value: s.code, label: `${formatTime(s.startsAt)} · ${s.code}` }))} />
      <SelectField label={t.table} value={table} onChange={setTable}
        options={board.tables.map((x) => ({ value: x.code, label: x.ownerName ? `${x.name} · ${t.ownTable(x.ownerName)}` : x.name }))} />
      <div aria-live="polite">
        {same ? (
          <p>{t.add.same}</p>
        ) : conflicts === null ? (
          <p>{t.checking}</p>
        ) : conflicts.length > 0 ? (
          <div className={styles.conflicts}>
            <p>{t.serverConflicts}</p>
            <ul>{conflicts.map((c) => <li key={c}>{c}</li>)}</ul>
          </div>
        ) : (
          <p>{t.noConflicts}</p>
        )}
      </div>
    </ConfirmDialog>
  );
}
