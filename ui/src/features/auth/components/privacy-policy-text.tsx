import type { components } from '@/api/schema';
import { messages } from '@/i18n/es-CO';
import styles from './privacy-policy-text.module.css';

type Policy = components['schemas']['Consents.Policy'];

/**
 * The policy, collapsed behind its title so the form stays short on a phone. The body is plain text with blank
 * lines between paragraphs; it is rendered as text, never as HTML.
 */
export function PrivacyPolicyText({ policy }: { policy: Policy }) {
  const paragraphs = policy.body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <details className={styles.policy}>
      <summary className={styles.summary}>{messages.accounts.register.policyToggle(policy.version)}</summary>
      <div className={styles.body}>
        <h3 className={styles.title}>{policy.title}</h3>
        {paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    </details>
  );
}
