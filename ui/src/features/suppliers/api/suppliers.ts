import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, ApiError, unwrap } from '@/lib/api-client';

export type SupplierDetails = components['schemas']['SupplierDetails'];
export type SupplierDraft = components['schemas']['SupplierDraft'];
export type SupplierSummary = components['schemas']['SupplierSummary'];
export type EvidenceView = components['schemas']['SupplierDetails.EvidenceView'];

const supplierKey = (id: string) => ['suppliers', id] as const;

/** A supplier's profile; null when the supplier has not saved one yet (the wizard then starts empty). */
export function useSupplier(id: string | null | undefined) {
  return useQuery({
    queryKey: supplierKey(id ?? ''),
    enabled: Boolean(id),
    queryFn: async ({ signal }) => {
      try {
        return await unwrap(api.GET('/api/v1/suppliers/{id}', { params: { path: { id: id! } }, signal }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** Saves the whole profile (each wizard step sends everything it knows), and keeps the answer as the new state. */
export function useSaveSupplier(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: SupplierDraft) =>
      unwrap(api.PUT('/api/v1/suppliers/{id}', { params: { path: { id } }, body: draft })),
    onSuccess: (saved) => queryClient.setQueryData(supplierKey(id), saved),
  });
}

/** Uploads a certification's evidence document as the raw body; the server checks what the file really is. */
export function useUploadEvidence(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, file }: { code: string; file: File }) =>
      unwrap(
        api.PUT('/api/v1/suppliers/{id}/certifications/{code}/evidence', {
          params: { path: { id, code }, query: { fileName: file.name } },
          // the file goes as it is, not as JSON
          body: file as unknown as string,
          bodySerializer: (body: unknown) => body as BodyInit,
          headers: { 'Content-Type': file.type || 'application/octet-stream' },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supplierKey(id) }),
  });
}

export type SupplierFilters = {
  q?: string;
  department?: string;
  chain?: string;
  companySize?: string;
  certification?: string;
  inclusion?: string[];
  sort?: string;
  page: number;
  size: number;
};

/** One page of the organizers' supplier list. */
export function useSupplierList(filters: SupplierFilters) {
  return useQuery({
    queryKey: ['suppliers', 'list', filters],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/suppliers', {
          params: {
            query: {
              q: filters.q || undefined,
              department: filters.department || undefined,
              chain: filters.chain || undefined,
              companySize: filters.companySize || undefined,
              certification: filters.certification || undefined,
              inclusion: filters.inclusion && filters.inclusion.length > 0 ? filters.inclusion : undefined,
              sort: filters.sort || undefined,
              page: filters.page,
              size: filters.size,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
