import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { errorText } from '@/components/form/error-text';
import { FormAlert, FormStatus } from '@/components/form/form-messages';
import { SelectField } from '@/components/form/select-field';
import confirmStyles from '@/components/ui/confirm-dialog.module.css';
import { ruedaPath } from '@/config/paths';
import { messages } from '@/i18n/es-CO';
import { useAddParticipant, useRuedas } from '../api/ruedas';

const t = messages.ruedas.invite;

/** Phases in which an organizer can still add a firm. */
const OPEN_FOR_INVITATION = new Set(['REGISTRATION', 'REQUESTS']);

/**
 * An organizer invites a supplier from a shortlist straight into a rueda that is open (registration or
 * requests), approved at once. Native `<dialog>`: focus is trapped, Escape closes it.
 */
export function InviteToRuedaDialog({ supplier, onClose }: { supplier: { nit: string; name: string }; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const ruedas = useRuedas();
  const open = (ruedas.data?.items ?? []).filter((r) => OPEN_FOR_INVITATION.has(r.status));
  const [ruedaId, setRuedaId] = useState('');
  const chosen = ruedaId || open[0]?.id || '';
  const add = useAddParticipant(chosen);
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      opener?.focus();
    };
  }, [opener]);

  const ruedaName = open.find((r) => r.id === chosen)?.name ?? '';
  return (
    <dialog ref={ref} className={confirmStyles.dialog} aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}>
      <h2 id={`${id}-title`} className={confirmStyles.title}>{t.title(supplier.name)}</h2>
      {ruedas.isPending ? <p role="status">{t.loading}</p> : null}
      {ruedas.isError ? (
        <FormAlert>
          <p>{errorText(ruedas.error)}</p>
        </FormAlert>
      ) : null}
      {ruedas.isSuccess && open.length === 0 ? <p>{t.noneOpen}</p> : null}
      {open.length > 0 ? (
        <SelectField label={t.rueda} value={chosen} onChange={(value) => { setRuedaId(value); add.reset(); }}
          options={open.map((r) => ({ value: r.id, label: `${r.name} (${messages.ruedas.status[r.status] ?? r.status})` }))} />
      ) : null}
      {add.isError ? (
        <FormAlert>
          <p>{errorText(add.error)}</p>
        </FormAlert>
      ) : null}
      {add.isSuccess ? (
        <FormStatus>
          <p>{t.done(supplier.name, ruedaName)}</p>
          <p>
            <Link to={ruedaPath(chosen)}>{ruedaName}</Link>
          </p>
        </FormStatus>
      ) : null}
      <div className={confirmStyles.actions}>
        {open.length > 0 && !add.isSuccess ? (
          <button type="button" className="button" disabled={add.isPending || chosen === ''}
            onClick={() => add.mutate({ nit: supplier.nit, status: 'APPROVED' })}>
            {add.isPending ? t.submitting : t.submit}
          </button>
        ) : null}
        <button type="button" className="button button-secondary" onClick={onClose} autoFocus>
          {t.close}
        </button>
      </div>
    </dialog>
  );
}

/** For an anchor on its shortlist: the ruedas it takes part in that are taking meeting requests, with a link. */
export function RuedasTakingRequests() {
  const ruedas = useRuedas();
  const mine = (ruedas.data?.items ?? []).filter((r) => r.status === 'REQUESTS' && r.myStatus === 'APPROVED');
  if (mine.length === 0) return null;
  return (
    <FormStatus>
      {mine.map((r) => (
        <p key={r.id}>
          {`${t.inRequests(r.name)} `}
          <Link to={ruedaPath(r.id, 'ruedaRequests')}>{t.goToRequests}</Link>
        </p>
      ))}
    </FormStatus>
  );
}
