import { Page } from '@/components/ui/page';
import { ImportPanel } from '@/features/imports/components/import-panel';
import { messages } from '@/i18n/es-CO';

/** Behind RequireUser with isStaff: bulk import with its per-record report, and exports. */
export function ImportsRoute() {
  return (
    <Page title={messages.imports.title} lead={messages.imports.lead}>
      <ImportPanel />
    </Page>
  );
}
