import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { messages } from '@/i18n/es-CO';
import styles from './notice-page.module.css';

type NoticePageProps = {
  title: string;
  text: string;
  backHomeLabel: string;
  /** A short tag above the title, such as "Próximamente". */
  badge?: string;
};

/** A page that only says something: a section that is not built yet, a 404, an error. */
export function NoticePage({ title, text, backHomeLabel, badge }: NoticePageProps) {
  return (
    <section className={styles.notice} aria-labelledby="notice-title">
      <title>{messages.pageTitle(title)}</title>
      {badge ? <p className={styles.badge}>{badge}</p> : null}
      <h1 id="notice-title" className={styles.title}>
        {title}
      </h1>
      <p className={styles.text}>{text}</p>
      <Link to={paths.home} className="button">
        {backHomeLabel}
      </Link>
    </section>
  );
}
