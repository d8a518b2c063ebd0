import { useId, type ReactNode } from 'react';
import styles from './form.module.css';

type FieldProps = {
  label: string;
  hint?: string;
  /** Shown under the input, linked with aria-describedby and marked aria-invalid. */
  error?: string;
  /** Renders the control with the ids it must carry. */
  children: (control: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
};

/**
 * A labelled control with its hint and error. The error is linked to the input (aria-describedby), so a screen
 * reader reads it when the input takes focus; forms move focus to the first invalid input after a submit.
 */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      {children({ id, describedBy, invalid: Boolean(error) })}
      {error ? (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
