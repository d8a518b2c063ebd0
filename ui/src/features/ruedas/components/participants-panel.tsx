import { useState, type FormEvent } from 'react';
import { CheckboxField } from '@/components/form/checkbox-field';
import { errorText } from '@/components/form/error-text';
import { Field } from '@/components/form/field';
import { FormAlert, FormStatus } from '@/components/form/form-messages';
import formStyles from '@/components/form/form.module.css';
import { TextField } from '@/components/form/text-field';
import { messages } from '@/i18n/es-CO';
import { fieldErrors } from '@/lib/api-client';
import {
  useAddParticipant,
  useChangeParticipant,
  useInviteMany,
  useParticipants,
  type ParticipantView,
} from '../api/ruedas';
import { parseNits } from '../utils/format';
import { AvailabilityDialog } from './availability-dialog';
import styles from './ruedas.module.css';

const t = messages.ruedas.participants;
const r = messages.ruedas;

/** The organizer's participants tab: invite one firm or many by NIT, then approve or decline each. */
export function ParticipantsPanel({ ruedaId }: { ruedaId: string }) {
  const participants = useParticipants(ruedaId);
  const change = useChangeParticipant(ruedaId);
  const [editing, setEditing] = useState<ParticipantView | null>(null);

  return (
    <section aria-labelledby="participants-heading">
      <h2 id="participants-heading">{t.heading}</h2>
      <InviteOne ruedaId={ruedaId} />
      <InviteMany ruedaId={ruedaId} />
      {change.isError ? (
        <FormAlert>
          <p>{errorText(change.error)}</p>
        </FormAlert>
      ) : null}
      {participants.isPending ? (
        <p role="status">{t.loading}</p>
      ) : participants.isError ? (
        <FormAlert>
          <p>{t.error}</p>
          <p>{errorText(participants.error)}</p>
        </FormAlert>
      ) : participants.data.items.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <div className={styles.tableScroll}>
          <table className={styles.plain}>
            <caption className="visually-hidden">{t.tableLabel}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.name}</th>
                <th scope="col">{t.columns.role}</th>
                <th scope="col">{t.columns.status}</th>
                <th scope="col">{t.columns.table}</th>
                <th scope="col">{t.columns.contact}</th>
                <th scope="col">{t.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {participants.data.items.map((p) => (
                <ParticipantRow key={p.organizationId} participant={p}
                  pending={change.isPending && change.variables?.organizationId === p.organizationId}
                  onStatus={(status) =>
                    change.mutate({ organizationId: p.organizationId, version: p.version, change: { status } })
                  }
                  onAvailability={() => setEditing(p)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing ? <AvailabilityDialog ruedaId={ruedaId} participant={editing} onClose={() => setEditing(null)} /> : null}
    </section>
  );
}

function ParticipantRow({ participant: p, pending, onStatus, onAvailability }: {
  participant: ParticipantView;
  pending: boolean;
  onStatus: (status: 'APPROVED' | 'DECLINED') => void;
  onAvailability: () => void;
}) {
  return (
    <tr>
      <th scope="row">
        {p.name}
        {p.nit ? <span className={styles.meta}>{` · ${p.nit}`}</span> : null}
        {p.municipalityName ? <p className={styles.meta}>{p.municipalityName}</p> : null}
      </th>
      <td>{r.roles[p.role] ?? p.role}</td>
      <td>{r.participantStatus[p.status] ?? p.status}</td>
      <td>{p.tableCode ?? t.noTable}</td>
      <td>{[p.contactName, p.contactEmail, p.contactPhone].filter(Boolean).join(' · ')}</td>
      <td>
        <div className={styles.meetingActions}>
          {p.status !== 'APPROVED' ? (
            <button type="button" className="button" disabled={pending} aria-label={t.approveLabel(p.name)}
              onClick={() => onStatus('APPROVED')}>
              {t.approve}
            </button>
          ) : null}
          {p.status !== 'DECLINED' ? (
            <button type="button" className="button button-secondary" disabled={pending}
              aria-label={t.declineLabel(p.name)} onClick={() => onStatus('DECLINED')}>
              {t.decline}
            </button>
          ) : null}
          <button type="button" className="button button-secondary" disabled={pending}
            aria-label={messages.ruedas.availability.actionLabel(p.name)} onClick={onAvailability}>
            {messages.ruedas.availability.action}
          </button>
        </div>
      </td>
    </tr>
  );
}

function InviteOne({ ruedaId }: { ruedaId: string }) {
  const add = useAddParticipant(ruedaId);
  const [nit, setNit] = useState('');
  const [approve, setApprove] = useState(true);
  const [ownTable, setOwnTable] = useState(false);
  const errors = add.isError ? fieldErrors(add.error) : {};

  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate(
      { nit: nit.trim(), status: approve ? 'APPROVED' : 'INVITED', ownTable: ownTable || null },
      { onSuccess: () => setNit('') },
    );
  }
  return (
    <form onSubmit={submit} noValidate className={styles.sessionBox}>
      <h3>{t.inviteHeading}</h3>
      {add.isError && !errors.nit ? (
        <FormAlert>
          <p>{errorText(add.error)}</p>
        </FormAlert>
      ) : null}
      {add.isSuccess ? <FormStatus>{t.invited(add.data.name)}</FormStatus> : null}
      <TextField label={t.nit} hint={t.nitHint} value={nit} onChange={setNit} error={errors.nit} inputMode="numeric" required />
      <CheckboxField label={t.approveDirectly} checked={approve} onChange={setApprove} />
      <CheckboxField label={t.ownTable} checked={ownTable} onChange={setOwnTable} />
      <button type="submit" className="button" disabled={add.isPending || nit.trim() === ''}>
        {add.isPending ? t.inviting : t.invite}
      </button>
    </form>
  );
}

function InviteMany({ ruedaId }: { ruedaId: string }) {
  const many = useInviteMany(ruedaId);
  const [text, setText] = useState('');
  const [approve, setApprove] = useState(true);

  function submit(event: FormEvent) {
    event.preventDefault();
    many.mutate({ nits: parseNits(text), approve });
  }
  return (
    <form onSubmit={submit} noValidate className={styles.sessionBox}>
      <h3>{t.bulkHeading}</h3>
      {many.isError ? (
        <FormAlert>
          <p>{errorText(many.error)}</p>
        </FormAlert>
      ) : null}
      {many.isSuccess ? (
        <FormStatus>
          <p>{t.bulkReport(many.data.added, many.data.alreadyParticipating)}</p>
          {many.data.unknownNits.length > 0 ? (
            <>
              <p>{t.unknownNits}</p>
              <ul>
                {many.data.unknownNits.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </>
          ) : null}
        </FormStatus>
      ) : null}
      <Field label={t.bulkNits}>
        {({ id, describedBy }) => (
          <textarea id={id} className={formStyles.input} rows={5} value={text}
            onChange={(ev) => setText(ev.target.value)} aria-describedby={describedBy} />
        )}
      </Field>
      <CheckboxField label={t.approveDirectly} checked={approve} onChange={setApprove} />
      <button type="submit" className="button" disabled={many.isPending || parseNits(text).length === 0}>
        {many.isPending ? t.inviting : t.bulkSubmit}
      </button>
    </form>
  );
}
