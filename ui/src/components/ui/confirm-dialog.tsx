import { useEffect, useId, useRef, type ReactNode } from 'react';
import { messages } from '@/i18n/es-CO';
import styles from './confirm-dialog.module.css';

type ConfirmDialogProps = {
  title: string;
  /** What will happen, in full sentences; read out when the dialog opens. */
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  pending?: boolean;
  /** Confirm cannot be pressed yet (the choice in the dialog is not possible), without saying it is pending. */
  confirmDisabled?: boolean;
  /** The server's explanation when the action failed; the dialog stays open so the person can retry or cancel. */
  error?: string;
  /** Red confirm button, focus starts on Cancel: for actions that cannot be undone. */
  destructive?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * A modal confirmation on the native `<dialog>`: the browser traps focus, closes it on Escape and makes the page
 * behind inert. Mount it to open it; focus returns to the button that opened it when it unmounts.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  pendingLabel,
  pending = false,
  confirmDisabled = false,
  error,
  destructive = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        // Escape: leave it to React to unmount, so state and DOM agree.
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <h2 id={`${id}-title`} className={styles.title}>
        {title}
      </h2>
      <div id={`${id}-body`} className={styles.body}>
        {children}
      </div>
      {error ? (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      ) : null}
      <div className={styles.actions}>
        <button
          type="button"
          className={destructive ? 'button button-danger' : 'button'}
          onClick={onConfirm}
          disabled={pending || confirmDisabled}
          autoFocus={!destructive}
        >
          {pending ? pendingLabel : confirmLabel}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={onCancel}
          disabled={pending}
          autoFocus={destructive}
        >
          {messages.formControls.cancel}
        </button>
      </div>
    </dialog>
  );
}
