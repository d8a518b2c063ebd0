import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type Department = components['schemas']['Department'];
export type Municipality = components['schemas']['Municipality'];

/*
 * Reference data changes with a new DIVIPOLA or catalogue release, never while someone is searching: fetched once
 * per tab and kept (staleTime Infinity), so moving between the search pages costs no request.
 */
const forever = { staleTime: Infinity, gcTime: Infinity } as const;

export const departmentsQuery = queryOptions({
  queryKey: ['reference', 'departments'],
  queryFn: () => unwrap(api.GET('/api/v1/reference/departments')),
  ...forever,
});

export const valueChainsQuery = queryOptions({
  queryKey: ['reference', 'value-chains'],
  queryFn: () => unwrap(api.GET('/api/v1/reference/value-chains')),
  ...forever,
});

export const valueChainLinksQuery = queryOptions({
  queryKey: ['reference', 'value-chain-links'],
  queryFn: () => unwrap(api.GET('/api/v1/reference/value-chain-links')),
  ...forever,
});

export const certificationsQuery = queryOptions({
  queryKey: ['reference', 'certifications'],
  queryFn: () => unwrap(api.GET('/api/v1/reference/certifications')),
  ...forever,
});

/** All 1 122 municipalities (about 36 KB compressed): names for the results and the "cerca de" picker. */
export const municipalitiesQuery = queryOptions({
  queryKey: ['reference', 'municipalities'],
  queryFn: () => unwrap(api.GET('/api/v1/reference/municipalities')),
  ...forever,
});

/** Code → Spanish name; a code the catalogue does not know is shown as it is rather than hidden. */
export type Labels = (code: string) => string;

function labelsOf(items: ReadonlyArray<{ code: string; name: string }> | undefined): Labels {
  const byCode = new Map(items?.map((item) => [item.code, item.name]));
  return (code) => byCode.get(code) ?? code;
}

/** The names the search pages show for the codes the API answers with. */
export function useReferenceLabels() {
  const departments = useQuery(departmentsQuery);
  const chains = useQuery(valueChainsQuery);
  const links = useQuery(valueChainLinksQuery);
  const certifications = useQuery(certificationsQuery);
  return useMemo(
    () => ({
      department: labelsOf(departments.data?.items.map((d) => ({ code: d.code, name: d.displayName }))),
      chain: labelsOf(chains.data?.items),
      link: labelsOf(links.data?.items),
      certification: labelsOf(certifications.data?.items),
      departments: departments.data?.items ?? [],
      chains: chains.data?.items ?? [],
    }),
    [departments.data, chains.data, links.data, certifications.data],
  );
}

export function useMunicipalities(enabled = true) {
  return useQuery({ ...municipalitiesQuery, enabled });
}
