import type { ReactNode } from 'react';
import styles from './table-scroll.module.css';

/**
 * Holds a table that may be wider than a phone. The region is focusable and labelled so keyboard users can
 * scroll it with the arrow keys and screen readers announce what it holds.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
