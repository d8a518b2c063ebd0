/** Reference data (departments, municipalities, value chains, links, certifications) for forms and filters. */
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

// Reference data changes only with a release: fetch once per visit.
const ONCE = { staleTime: Infinity, gcTime: Infinity } as const;

export function useDepartments() {
  return useQuery({
    queryKey: ['reference', 'departments', 'items'], // the list only: the search pages cache the whole page under ['reference', 'departments']
    queryFn: () => unwrap(api.GET('/api/v1/reference/departments')).then((p) => p.items),
    ...ONCE,
  });
}

export function useMunicipalities(department: string) {
  return useQuery({
    queryKey: ['reference', 'municipalities', 'items', department],
    enabled: department.length === 2,
    queryFn: () =>
      unwrap(api.GET('/api/v1/reference/municipalities', { params: { query: { department } } })).then((p) => p.items),
    ...ONCE,
  });
}

export function useValueChains() {
  return useQuery({
    queryKey: ['reference', 'value-chains', 'items'], // the list only: the search pages cache the whole page under ['reference', 'value-chains']
    queryFn: () => unwrap(api.GET('/api/v1/reference/value-chains')).then((p) => p.items),
    ...ONCE,
  });
}

export function useValueChainLinks() {
  return useQuery({
    queryKey: ['reference', 'value-chain-links', 'items'], // the list only: the search pages cache the whole page under ['reference', 'value-chain-links']
    queryFn: () => unwrap(api.GET('/api/v1/reference/value-chain-links')).then((p) => p.items),
    ...ONCE,
  });
}

export function useCertifications() {
  return useQuery({
    queryKey: ['reference', 'certifications', 'items'], // the list only: the search pages cache the whole page under ['reference', 'certifications']
    queryFn: () => unwrap(api.GET('/api/v1/reference/certifications')).then((p) => p.items),
    ...ONCE,
  });
}
