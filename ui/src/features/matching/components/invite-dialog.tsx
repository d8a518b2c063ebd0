import { useEffect, useId, useRef, useState } from 'react';
import { messages } from '@/i18n/es-CO';
import styles from './shortlist.module.css';

const t = messages.shortlist.inviteDialog;

/**
 * What "Solicitar reunión / invitar a rueda" does today: nothing is sent or recorded — meetings are requested
 * within a rueda, which arrives later. The dialog says so plainly instead of pretending a success.
 * Native `<dialog>`: the browser traps focus and closes on Escape; focus returns to the opening button.
 */
export function InviteDialog({ supplierName, onClose }: { supplierName: string; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  // Read while rendering: by the time effects run, autoFocus has already moved focus into the dialog.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      opener?.focus();
    };
  }, [opener]);

  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`} className={styles.dialogTitle}>
        {t.title(supplierName)}
      </h2>
      <div id={`${id}-body`}>
        <p>{t.notYet}</p>
        <p>{t.howItWillWork}</p>
        <p>{t.meanwhile}</p>
      </div>
      <div className={styles.dialogActions}>
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t.close}
        </button>
      </div>
    </dialog>
  );
}
