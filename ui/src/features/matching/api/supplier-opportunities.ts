import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type SupplierOpportunities = components['schemas']['FindingOpportunities.Result'];
export type Opportunity = components['schemas']['FindingOpportunities.Opportunity'];

/** What the mipyme meets and what it nearly meets, with what it lacks and who issues it. */
export function useSupplierOpportunities(organizationId: string) {
  return useQuery({
    queryKey: ['suppliers', organizationId, 'opportunities'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/suppliers/{id}/opportunities', { params: { path: { id: organizationId } }, signal })),
  });
}
