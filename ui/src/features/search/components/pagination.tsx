import { messages } from '@/i18n/es-CO';
import styles from './search.module.css';

const t = messages.supplierSearch.pagination;

type PaginationProps = {
  /** 1-based. */
  page: number;
  total: number;
  pageSize: number;
  label: string;
  busy: boolean;
  onPage: (page: number) => void;
};

/** Previous / next with "Página 2 de 9"; the API serves at most 501 pages. */
export function Pagination({ page, total, pageSize, label, busy, onPage }: PaginationProps) {
  const pages = Math.min(501, Math.max(1, Math.ceil(total / pageSize)));
  if (pages <= 1 && page <= 1) return null;
  return (
    <nav className={styles.pagination} aria-label={label}>
      <button
        type="button"
        className="button button-secondary"
        disabled={page <= 1 || busy}
        onClick={() => onPage(page - 1)}
      >
        {t.previous}
      </button>
      <p className={styles.pageOf}>{t.pageOf(page, pages)}</p>
      <button
        type="button"
        className="button button-secondary"
        disabled={page >= pages || busy}
        onClick={() => onPage(page + 1)}
      >
        {t.next}
      </button>
    </nav>
  );
}
