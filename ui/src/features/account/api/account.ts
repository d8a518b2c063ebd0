import { useMutation, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { renewSession } from '@/lib/auth';

export type Consent = components['schemas']['Consents.Consent'];

export function useConsents() {
  return useQuery({ queryKey: ['account', 'consents'], queryFn: () => unwrap(api.GET('/api/v1/me/consents')) });
}

/**
 * Changes the password. The server then ends every session of the person, this tab's too; logging in again
 * with the new password right away keeps this tab working instead of dropping the person out 15 minutes later.
 */
export function useChangePassword(email: string) {
  return useMutation({
    mutationFn: async (body: components['schemas']['MeController.PasswordChange']) => {
      await unwrap(api.PUT('/api/v1/me/password', { body }));
      const renewed = await api.POST('/api/v1/auth/login', { body: { email, password: body.newPassword } });
      if (renewed.data) renewSession(renewed.data);
      return { stillSignedIn: renewed.data !== undefined };
    },
  });
}

/** Everything the platform holds about the person, saved as a JSON file with the server's suggested name. */
export function useDownloadPersonalData() {
  return useMutation({
    mutationFn: async () => {
      const result = await api.GET('/api/v1/me/data', { parseAs: 'blob' });
      const blob = await unwrap(Promise.resolve(result));
      const fileName = fileNameFrom(result.response.headers.get('Content-Disposition'));
      saveFile(blob, fileName);
      return fileName;
    },
  });
}

export function useErasePersonalData() {
  return useMutation({ mutationFn: () => unwrap(api.DELETE('/api/v1/me')) });
}

function fileNameFrom(disposition: string | null): string {
  const match = disposition?.match(/filename="?([^";]+)"?/);
  return match?.[1] ?? `mis-datos-encadena-${new Date().toISOString().slice(0, 10)}.json`;
}

function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the file only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
