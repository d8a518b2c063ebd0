import { useMutation, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

/** The server's sentence after sending a link: the same whether or not the address has an account. */
export type Notice = components['schemas']['AuthController.Notice'];

export function useResendVerification() {
  return useMutation({
    mutationFn: (email: string) =>
      unwrap(api.POST('/api/v1/auth/verify-email/resend', { body: { email } })) as Promise<Notice>,
  });
}

export function useVerifyEmail() {
  return useMutation({
    mutationFn: (token: string) => unwrap(api.POST('/api/v1/auth/verify-email', { body: { token } })),
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) =>
      unwrap(api.POST('/api/v1/auth/password-reset', { body: { email } })) as Promise<Notice>,
  });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (body: components['schemas']['AuthController.ResetRequest']) =>
      unwrap(api.POST('/api/v1/auth/password-reset/confirm', { body })),
  });
}

/** The personal-data policy in force: its text is shown before the consent box, its version is sent back. */
export function usePrivacyPolicy() {
  return useQuery({
    queryKey: ['privacy-policy'],
    queryFn: () => unwrap(api.GET('/api/v1/privacy-policy')),
    staleTime: 60 * 60_000,
  });
}
