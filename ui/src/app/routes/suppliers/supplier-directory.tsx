import { Page } from '@/components/ui/page';
import { SupplierList } from '@/features/suppliers/components/supplier-list';
import { messages } from '@/i18n/es-CO';

/** Behind RequireUser with isStaff: every supplier, filtered. */
export function SupplierDirectoryRoute() {
  return (
    <Page title={messages.supplierList.title} lead={messages.supplierList.lead}>
      <SupplierList />
    </Page>
  );
}
