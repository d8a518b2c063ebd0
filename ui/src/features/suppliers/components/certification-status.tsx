import { messages } from '@/i18n/es-CO';
import styles from './profile-wizard.module.css';

const t = messages.certificationStatus;

/** Valid, expiring within 60 days, or expired — in words and colour, never colour alone. */
export function CertificationStatusBadge({ status, daysLeft }: { status: string; daysLeft?: number | null }) {
  const label = status === 'VALID' || status === 'EXPIRING' || status === 'EXPIRED' ? t[status] : status;
  const detail = status === 'EXPIRING' && daysLeft != null ? ` (${t.daysLeft(daysLeft)})` : '';
  return (
    <span className={`${styles.badge} ${styles[`badge${status}`] ?? ''}`}>
      {label}
      {detail}
    </span>
  );
}
