import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type UserSummary = components['schemas']['ManagingUsers.UserSummary'];
export type NewUser = components['schemas']['UsersController.NewUserForm'];
export type UserChange = components['schemas']['UsersController.UserChange'];

const usersKey = ['users'] as const;

/** Everyone (administrators) or the caller's organization (organizers, owners), oldest first. */
export function useUsers() {
  return useQuery({ queryKey: usersKey, queryFn: () => unwrap(api.GET('/api/v1/users')) });
}

/** Creates the user and e-mails them an invitation to choose their password. */
export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewUser) => unwrap(api.POST('/api/v1/users', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

/** Administrators only: a new role and/or status (ACTIVE, DISABLED). */
export function useChangeUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: UserChange }) =>
      unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body: change })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
