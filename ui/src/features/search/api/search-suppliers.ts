import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { toApiParams, type SupplierQuery, type SupplierSearchParams } from '../utils/supplier-query';

export type SupplierResults = components['schemas']['SupplierSearch.Results'];
export type FoundSupplier = components['schemas']['SupplierSearch.Found'];
export type Bucket = components['schemas']['SupplierSearch.Bucket'];

/*
 * The index leaves a field out when its list is empty (a supplier with no certifications has no
 * `certifications`), although the schema calls the lists required; fill them in once here so the screens can
 * trust the shape.
 */
function normalised(results: SupplierResults): SupplierResults {
  return {
    ...results,
    items: (results.items ?? []).map((item) => ({
      ...item,
      chains: item.chains ?? [],
      certifications: item.certifications ?? [],
      highlights: item.highlights ?? {},
    })),
    facets: results.facets ?? {},
  };
}

export function supplierSearchQuery(params: SupplierSearchParams) {
  return queryOptions({
    queryKey: ['search', 'suppliers', params],
    queryFn: async ({ signal }) =>
      normalised(await unwrap(api.GET('/api/v1/search/suppliers', { params: { query: params }, signal }))),
    staleTime: 30_000,
  });
}

/** The results for the search in the address; the previous page stays on screen while the next one arrives. */
export function useSupplierSearch(query: SupplierQuery) {
  return useQuery({ ...supplierSearchQuery(toApiParams(query)), placeholderData: keepPreviousData });
}

/**
 * Counts by department as if no department were chosen, so the map and the department filter still show the
 * other departments after one is picked (and a second can be added). Only asked for while a department filter
 * is on; otherwise the main results' counts are already these.
 */
export function useDepartmentCountsWithoutDepartmentFilter(query: SupplierQuery) {
  const enabled = query.lists.department.length > 0;
  const params = toApiParams({ ...query, lists: { ...query.lists, department: [] }, page: 1, sort: 'relevance' }, 1);
  return useQuery({
    ...supplierSearchQuery(params),
    enabled,
    select: (results) => results.facets.department ?? [],
    placeholderData: keepPreviousData,
  });
}

/** Autocomplete: names of suppliers and of their products or services that start like `text`. */
export function useSuggestions(text: string, enabled: boolean) {
  return useQuery({
    queryKey: ['search', 'suggest', text],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/search/suppliers/suggest', { params: { query: { q: text } }, signal })),
    enabled: enabled && text.length >= 2,
    staleTime: 5 * 60_000,
    retry: false,
  });
}
