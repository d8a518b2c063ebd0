import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type MatchResult = components['schemas']['FindingMatches.Result'];
export type SupplierMatch = components['schemas']['FindingMatches.MatchView'];
export type RequirementDetails = components['schemas']['RequirementDetails'];

export const SHORTLIST_LIMIT = 20;

/** The explained shortlist: eligible suppliers in order, and the near misses with what they lack. */
export function useMatches(requirementId: string) {
  return useQuery({
    queryKey: ['requirements', requirementId, 'matches', SHORTLIST_LIMIT],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/requirements/{id}/matches', {
          params: { path: { id: requirementId }, query: { limit: SHORTLIST_LIMIT } },
          signal,
        }),
      ),
  });
}

/** The requirement itself, for the page's heading (title, anchor, reference). */
export function useRequirement(requirementId: string) {
  return useQuery({
    queryKey: ['requirements', requirementId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/requirements/{id}', { params: { path: { id: requirementId } }, signal })),
  });
}
