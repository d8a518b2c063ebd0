import type { ReactNode } from 'react';
import { messages } from '@/i18n/es-CO';
import { errorText } from './error-text';
import styles from './form.module.css';

/** A problem with the whole form (the server's detail, a network failure): announced as soon as it appears. */
export function FormAlert({ children }: { children: ReactNode }) {
  return (
    <div role="alert" className={styles.alert}>
      {children}
    </div>
  );
}

/** A read that failed: what could not be loaded, why, and a button to try again. */
export function LoadFailed({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  return (
    <FormAlert>
      <p>{title}</p>
      <p>{errorText(error)}</p>
      <button type="button" className="button" onClick={onRetry}>
        {messages.formControls.retry}
      </button>
    </FormAlert>
  );
}

/** A result the person should hear without losing their place (link sent, password changed). */
export function FormStatus({ children }: { children: ReactNode }) {
  return (
    <div role="status" className={styles.status}>
      {children}
    </div>
  );
}

/** The buttons and links at the end of a form, wrapping on narrow screens. */
export function FormActions({ children }: { children: ReactNode }) {
  return <div className={styles.actions}>{children}</div>;
}
