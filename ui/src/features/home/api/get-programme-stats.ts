import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type ProgrammeStats = components['schemas']['ProgrammeStats'];

export function getProgrammeStats(): Promise<ProgrammeStats> {
  return unwrap(api.GET('/api/v1/stats'));
}

export function programmeStatsQueryOptions() {
  return queryOptions({ queryKey: ['programme-stats'], queryFn: getProgrammeStats });
}

export function useProgrammeStats() {
  return useQuery(programmeStatsQueryOptions());
}
