import { Page } from '@/components/ui/page';
import { AuditLog } from '@/features/audit/components/audit-log';
import { messages } from '@/i18n/es-CO';

/** Behind RequireUser with isAdmin. */
export function AuditRoute() {
  const t = messages.accounts.audit;
  return (
    <Page title={t.title} lead={t.lead}>
      <AuditLog />
    </Page>
  );
}
