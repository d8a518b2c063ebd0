import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type GapReport = components['schemas']['GapAnalytics.Report'];
export type GapCount = components['schemas']['GapAnalytics.GapCount'];
export type DepartmentCount = components['schemas']['GapAnalytics.DepartmentCount'];

export type GapFilters = { chain?: string; department?: string };

/** The programme's gap analysis; the previous answer stays on screen while a new filter loads. */
export function useGaps({ chain, department }: GapFilters) {
  return useQuery({
    queryKey: ['analytics', 'gaps', chain ?? '', department ?? ''],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/analytics/gaps', {
          params: { query: { ...(chain ? { chain } : {}), ...(department ? { department } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Largest first: the gaps that block the most pairs, then those that would unlock more suppliers. */
export function ranked(items: readonly GapCount[]): GapCount[] {
  return [...items].sort(
    (a, b) => b.pairsBlocked - a.pairsBlocked || b.suppliersUnlocked - a.suppliersUnlocked || a.name.localeCompare(b.name, 'es-CO'),
  );
}

/*
 * The filters' lists. Their own cache keys: the shared ['reference', …] keys hold a page in one place and its items
 * in another (lib/reference-data vs the search feature), so reading either here could meet the other's shape.
 */
const ONCE = { staleTime: Infinity, gcTime: Infinity } as const;

export function useChainOptions() {
  return useQuery({
    queryKey: ['gaps', 'reference', 'value-chains'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/reference/value-chains'))).items,
    ...ONCE,
  });
}

export function useDepartmentOptions() {
  return useQuery({
    queryKey: ['gaps', 'reference', 'departments'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/reference/departments'))).items,
    ...ONCE,
  });
}
