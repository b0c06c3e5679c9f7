import { useMutation, useQueryClient } from '@tanstack/react-query';
import { applicationSecretKeys } from '@/api/application-secrets';
import { applicationKeys } from '@/api/applications';

/** A secret write that refreshes the list (and the app, whose legacy secret may have gone) when done. */
export function useSecretMutation<TInput, TResult>(applicationId: string, mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: applicationSecretKeys.list(applicationId) }),
        queryClient.invalidateQueries({ queryKey: applicationKeys.detail(applicationId), exact: true }),
      ]);
    },
  });
}
