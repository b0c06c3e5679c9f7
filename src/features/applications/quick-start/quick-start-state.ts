import { useLocation } from 'react-router';

/** Router state handed from the create form to the quick start (never holds secrets). */
export type QuickStartState = { created?: boolean; frameworkId?: string | undefined };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function useQuickStartState(): QuickStartState {
  const { state } = useLocation() as { state: unknown };
  if (!isRecord(state)) return {};
  return {
    created: state.created === true,
    frameworkId: typeof state.frameworkId === 'string' ? state.frameworkId : undefined,
  };
}
