import { Link } from 'react-router';
import { shortlistPath } from '@/config/paths';
import { messages } from '@/i18n/es-CO';
import { useOwnOpenRequirements } from '../api/anchor-requirements';
import styles from './search.module.css';

const t = messages.supplierSearch.ownRequirements;

/**
 * For an anchor: its open requirements, each linking to the explained shortlist of suppliers the matching
 * suggests. Folded by default so it never pushes the search down; nothing is shown if it has none.
 */
export function OwnRequirements() {
  const requirements = useOwnOpenRequirements(true);
  const items = requirements.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <details className={styles.ownRequirements}>
      <summary>{t.summary(items.length)}</summary>
      <p className={styles.fieldHint}>{t.lead}</p>
      <ul>
        {items.map((requirement) => (
          <li key={requirement.id}>
            <Link to={shortlistPath(requirement.id)}>{t.link(requirement.title, requirement.externalId)}</Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
