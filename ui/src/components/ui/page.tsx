import type { ReactNode } from 'react';
import { messages } from '@/i18n/es-CO';
import styles from './page.module.css';

type PageProps = {
  title: string;
  lead?: string;
  /** Forms read better in a narrow column. */
  narrow?: boolean;
  children: ReactNode;
};

/** A page with its browser title, one h1 and an optional lead sentence. */
export function Page({ title, lead, narrow = false, children }: PageProps) {
  return (
    <section className={`${styles.page} ${narrow ? styles.narrow : ''}`} aria-labelledby="page-title">
      <title>{messages.pageTitle(title)}</title>
      {/* Focusable from script only: a view that replaces a form (e.g. "Revise su correo") moves focus here. */}
      <h1 id="page-title" className={styles.title} tabIndex={-1}>
        {title}
      </h1>
      {lead ? <p className={styles.lead}>{lead}</p> : null}
      {children}
    </section>
  );
}
