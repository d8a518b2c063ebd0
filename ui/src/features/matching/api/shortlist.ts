import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type MatchResult = components['schemas']['FindingMatches.Result'];
export type SupplierMatch = components['schemas']['FindingMatches.MatchView'];
export type RequirementDetails = components['schemas']['RequirementDetails'];

export const SHORTLIST_LIMIT = 20;

/** Lists the answer may leave out when empty are filled in, so the cards can trust the shape. */
function normalised(result: MatchResult): MatchResult {
  const view = (match: SupplierMatch): SupplierMatch => ({
    ...match,
    factors: match.factors ?? {},
    reasons: match.reasons ?? [],
    gaps: match.gaps ?? [],
  });
  return { ...result, matches: (result.matches ?? []).map(view), nearMisses: (result.nearMisses ?? []).map(view) };
}

/** The explained shortlist: eligible suppliers in order, and the near misses with what they lack. */
export function useMatches(requirementId: string) {
  return useQuery({
    queryKey: ['requirements', requirementId, 'matches', SHORTLIST_LIMIT],
    queryFn: async ({ signal }) =>
      normalised(
        await unwrap(
          api.GET('/api/v1/requirements/{id}/matches', {
            params: { path: { id: requirementId }, query: { limit: SHORTLIST_LIMIT } },
            signal,
          }),
        ),
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
