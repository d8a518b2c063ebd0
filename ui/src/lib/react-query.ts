import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { ApiError } from '@/lib/api-client';

export const queryConfig = {
  queries: {
    refetchOnWindowFocus: false,
    staleTime: 60_000,
    // One quiet retry for network hiccups and 5xx; a 4xx will not change by asking again.
    retry: (failureCount, error) => failureCount < 1 && !(error instanceof ApiError && error.status < 500),
  },
} satisfies DefaultOptions;

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: queryConfig });
}
