import { useMutation } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { signIn } from '@/lib/auth';

export type Credentials = components['schemas']['AuthController.Credentials'];

/** Logs in; on success the session starts (tokens kept, header and guards update). */
export function useSignIn() {
  return useMutation({
    mutationFn: (credentials: Credentials) => unwrap(api.POST('/api/v1/auth/login', { body: credentials })),
    onSuccess: (tokens) => signIn(tokens),
  });
}
