import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type RequirementSummary = components['schemas']['RequirementSummary'];

/** An anchor's own open requirements (the API shows an anchor only its own), to reach each one's shortlist. */
export function useOwnOpenRequirements(enabled: boolean) {
  return useQuery({
    queryKey: ['requirements', 'own-open'],
    queryFn: () => unwrap(api.GET('/api/v1/requirements', { params: { query: { status: 'OPEN', size: 50 } } })),
    enabled,
  });
}
