import { ApiError } from '@/lib/api-client';

type BlobResult = { data?: unknown; error?: unknown; response: Response };

/**
 * Hands a file the API answered (fetched through the API client, so the session's bearer token goes with it —
 * a plain link could not carry it) to the browser as a download, named as the server's Content-Disposition says.
 * Call the client with `parseAs: 'blob'`. Resolves to the file name.
 */
export async function saveDownload(pending: Promise<BlobResult>, fallbackName: string): Promise<string> {
  const { data, error, response } = await pending;
  if (!response.ok || error !== undefined || !(data instanceof Blob)) {
    throw new ApiError(response.status, undefined);
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
  return name;
}

/** Options for a file download through the API client. */
export const asFile = { parseAs: 'blob' as const, headers: { Accept: '*/*' } };
