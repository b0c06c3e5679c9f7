import { useCallback, useMemo, useState } from 'react';
import type { Connector } from '@/api/connectors';
import type { SignInExperience } from '@/api/sign-in-experience';
import { toCandidate, toFormValues, toPatch, type SignInFormValues } from '../model/form-values';
import { groupSocialTargets, keepConfigured } from '../model/social-targets';

/**
 * The tab's form state. Untouched, the values follow the server (so a refetch or a save shows at
 * once); the first edit starts a draft, and Discard or a successful save drops it again.
 */
export function useSignInForm(server: SignInExperience, connectors: readonly Connector[]) {
  const available = useMemo(() => groupSocialTargets(connectors), [connectors]);
  const stored = useMemo(() => toFormValues(server, available), [server, available]);
  const [draft, setDraft] = useState<SignInFormValues | null>(null);

  // A connector deleted elsewhere disappears from the draft too: never a button without a connector.
  const values = useMemo<SignInFormValues>(() => {
    const current = draft ?? stored;
    return { ...current, socialTargets: keepConfigured(current.socialTargets, available) };
  }, [draft, stored, available]);
  const candidate = useMemo(() => toCandidate(server, values, available), [server, values, available]);
  const patch = useMemo(() => toPatch(server, candidate, available), [server, candidate, available]);

  const update = useCallback(
    (change: (current: SignInFormValues) => Partial<SignInFormValues>) =>
      setDraft((previous) => {
        const current = previous ?? stored;
        return { ...current, ...change({ ...current, socialTargets: keepConfigured(current.socialTargets, available) }) };
      }),
    [stored, available],
  );
  const discard = useCallback(() => setDraft(null), []);

  return {
    values,
    candidate,
    patch,
    isDirty: Object.keys(patch).length > 0,
    available,
    /** Targets the server still lists but no connector backs any more. */
    staleTargets: server.socialSignInConnectorTargets.filter((target) => !available.has(target)),
    update,
    discard,
  };
}

export type SignInForm = ReturnType<typeof useSignInForm>;
