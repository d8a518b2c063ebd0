import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, ApiError, unwrap } from '@/lib/api-client';

export type RequirementDetails = components['schemas']['RequirementDetails'];
export type RequirementDraft = components['schemas']['RequirementDraft'];
export type RequirementSummary = components['schemas']['RequirementSummary'];

const key = (id: string) => ['requirements', id] as const;

export type RequirementFilters = { status?: string; q?: string; page: number; size: number };

/** The requirements the caller may see (the server decides: a mipyme only gets open ones). */
export function useRequirementList(filters: RequirementFilters) {
  return useQuery({
    queryKey: ['requirements', 'list', filters],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/requirements', {
          params: {
            query: { status: filters.status || undefined, q: filters.q || undefined, page: filters.page, size: filters.size },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** One requirement; null when it does not exist or the caller may not see it (the server answers 404 for both). */
export function useRequirement(id: string) {
  return useQuery({
    queryKey: key(id),
    queryFn: async ({ signal }) => {
      try {
        return await unwrap(api.GET('/api/v1/requirements/{id}', { params: { path: { id } }, signal }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function useCreateRequirement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: RequirementDraft) => unwrap(api.POST('/api/v1/requirements', { body: draft })),
    onSuccess: (created) => {
      queryClient.setQueryData(key(created.id), created);
      void queryClient.invalidateQueries({ queryKey: ['requirements', 'list'] });
    },
  });
}

export function useUpdateRequirement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: RequirementDraft) =>
      unwrap(api.PUT('/api/v1/requirements/{id}', { params: { path: { id } }, body: draft })),
    onSuccess: (saved) => queryClient.setQueryData(key(id), saved),
  });
}

/** Publishes (DRAFT → OPEN) or closes (OPEN → CLOSED). */
export function useMoveRequirement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (to: 'open' | 'close') =>
      unwrap(
        to === 'open'
          ? api.POST('/api/v1/requirements/{id}/open', { params: { path: { id } } })
          : api.POST('/api/v1/requirements/{id}/close', { params: { path: { id } } }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(key(id), saved);
      void queryClient.invalidateQueries({ queryKey: ['requirements', 'list'] });
    },
  });
}

export function useDeleteRequirement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/requirements/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: key(id) });
      void queryClient.invalidateQueries({ queryKey: ['requirements', 'list'] });
    },
  });
}
