import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type RequirementResults = components['schemas']['RequirementSearch.Results'];
export type FoundRequirement = components['schemas']['RequirementSearch.Found'];

export const REQUIREMENT_PAGE_SIZE = 20;

export type RequirementQuery = {
  q: string;
  chain: string | null;
  department: string | null;
  /** Only those a mipyme can serve (where it delivers); null lets the server decide (its default). */
  fitsProfile: boolean | null;
  /** 1-based. */
  page: number;
};

/** Empty lists and highlights may be left out of the answer (see search-suppliers.ts); they are filled in here. */
function normalised(results: RequirementResults): RequirementResults {
  return {
    ...results,
    items: (results.items ?? []).map((item) => ({
      ...item,
      deliveryDepartments: item.deliveryDepartments ?? [],
      requiredCertifications: item.requiredCertifications ?? [],
      highlights: item.highlights ?? {},
    })),
  };
}

export function useRequirementSearch(query: RequirementQuery) {
  const params = {
    ...(query.q ? { q: query.q } : {}),
    ...(query.chain ? { chain: query.chain } : {}),
    ...(query.department ? { department: query.department } : {}),
    ...(query.fitsProfile !== null ? { fitsProfile: query.fitsProfile } : {}),
    page: query.page - 1,
    pageSize: REQUIREMENT_PAGE_SIZE,
  };
  return useQuery({
    queryKey: ['search', 'requirements', params],
    queryFn: async ({ signal }) =>
      normalised(await unwrap(api.GET('/api/v1/search/requirements', { params: { query: params }, signal }))),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
