import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type AuditEvent = components['schemas']['AuditEvent'];

export const AUDIT_PAGE_SIZE = 50;

/** One page (0-based) of security events, newest first, optionally of one action. */
export function useAuditEvents(action: string, page: number) {
  return useQuery({
    queryKey: ['audit-events', action, page],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/audit-events', {
          params: { query: { action: action || undefined, page, size: AUDIT_PAGE_SIZE } },
        }),
      ),
    // Keep showing the current page while the next one loads, instead of an empty table on a slow link.
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
