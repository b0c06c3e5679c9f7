import { useMutation, useQueryClient } from '@tanstack/react-query';
import { connectorKeys } from '@/api/connectors';
import { signInExperienceKeys, updateSignInExperience, type SignInExperiencePatch } from '@/api/sign-in-experience';
import { droppedTargets } from '../model/diff';

/**
 * PATCHes the changed keys and reports the targets the server dropped: Logto answers 200 and
 * silently leaves out a target whose connector is gone, which the admin must hear about.
 */
export function useSaveSignInExperience() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (patch: SignInExperiencePatch) => {
      const saved = await updateSignInExperience(patch);
      const sent = patch.socialSignInConnectorTargets;
      return { saved, dropped: sent ? droppedTargets(sent, saved.socialSignInConnectorTargets) : [] };
    },
    onSuccess: ({ saved, dropped }) => {
      queryClient.setQueryData(signInExperienceKeys.all, saved);
      // A dropped target means the connector list here is out of date.
      if (dropped.length > 0) void queryClient.invalidateQueries({ queryKey: connectorKeys.all });
    },
  });
}
