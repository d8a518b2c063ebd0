import type { ReactNode } from 'react';
import styles from './table-scroll.module.css';

type TableScrollProps = {
  label: string;
  /**
   * On phones, show each row as a block of "column: value" lines instead of scrolling sideways. The table's
   * cells then need `data-label` (the column name) and explicit roles (table, row, columnheader, rowheader, cell).
   */
  stackOnPhones?: boolean;
  children: ReactNode;
};

/**
 * Holds a table that may be wider than a phone. The region is focusable and labelled so keyboard users can
 * scroll it with the arrow keys and screen readers announce what it holds.
 */
export function TableScroll({ label, stackOnPhones = false, children }: TableScrollProps) {
  return (
    <div
      className={`${styles.scroll} ${stackOnPhones ? styles.stack : ''}`}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
