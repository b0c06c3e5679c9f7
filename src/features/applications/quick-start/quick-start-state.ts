import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** Router state handed from the create form to the quick start (never holds secrets). */
export type QuickStartState = { created?: boolean; frameworkId?: string | undefined };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The framework picked when the app was created, remembered per app in this browser, so that the
 * Quick start tab shows the same guide later as right after creating. A framework id is not a secret.
 */
const storageKey = (applicationId: string) => `torii.quickStartFramework.${applicationId}`;

function recall(applicationId: string): string | undefined {
  try {
    return localStorage.getItem(storageKey(applicationId)) ?? undefined;
  } catch {
    return undefined;
  }
}

function remember(applicationId: string, frameworkId: string) {
  try {
    localStorage.setItem(storageKey(applicationId), frameworkId);
  } catch {
    // Storage disabled: the tab falls back to the guide for the app's type.
  }
}

export function useQuickStartState(applicationId: string): QuickStartState {
  const { state } = useLocation() as { state: unknown };
  const fromRoute = isRecord(state) && typeof state.frameworkId === 'string' ? state.frameworkId : undefined;
  useEffect(() => {
    if (fromRoute) remember(applicationId, fromRoute);
  }, [applicationId, fromRoute]);
  return {
    created: isRecord(state) && state.created === true,
    frameworkId: fromRoute ?? recall(applicationId),
  };
}
