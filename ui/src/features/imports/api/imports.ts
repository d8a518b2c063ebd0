import { useMutation } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { saveDownload } from '@/lib/download';

export type ImportReport = components['schemas']['ImportReport'];
export type ImportKind = 'suppliers' | 'requirements';
export type ExportFormat = 'jsonl' | 'csv';

/** CSV when the file says so (by type or name), JSON Lines otherwise. */
function contentTypeOf(file: File): string {
  return file.type === 'text/csv' || file.name.toLowerCase().endsWith('.csv') ? 'text/csv' : 'application/x-ndjson';
}

/** Sends the file itself as the body (streamed by the browser, read as a stream by the server). */
export function useImportFile() {
  return useMutation({
    mutationFn: ({ kind, file }: { kind: ImportKind; file: File }) => {
      const options = {
        body: file as unknown as string,
        bodySerializer: (body: unknown) => body as BodyInit,
        headers: { 'Content-Type': contentTypeOf(file) },
      };
      return unwrap(
        kind === 'suppliers'
          ? api.POST('/api/v1/imports/suppliers', options)
          : api.POST('/api/v1/imports/requirements', options),
      );
    },
  });
}

/** Downloads an export through the API client (so the session goes with it) and hands it to the browser as a file. */
export function useExportFile() {
  return useMutation({
    mutationFn: async ({ kind, format }: { kind: ImportKind; format: ExportFormat }) => {
      const options = {
        params: { query: { format, separator: format === 'csv' ? 'semicolon' : undefined } },
        parseAs: 'blob' as const,
        headers: { Accept: '*/*' },
      };
      return saveDownload(
        kind === 'suppliers'
          ? api.GET('/api/v1/exports/suppliers', options)
          : api.GET('/api/v1/exports/requirements', options),
        `${kind}.${format}`,
      );
    },
  });
}
