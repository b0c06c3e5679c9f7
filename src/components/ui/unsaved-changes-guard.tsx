import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { Button } from './button';
import { Dialog } from './dialog';

const LEAVE_WITHOUT_ASKING = 'toriiLeaveWithoutAsking';

/**
 * Navigation state for a leave that makes the unsaved edits moot, such as deleting the very record
 * being edited: `navigate(to, { state: leaveWithoutAsking })`. Asking then would strand the admin.
 */
export const leaveWithoutAsking = { [LEAVE_WITHOUT_ASKING]: true } as const;

const asksBeforeLeaving = (state: unknown) => !(typeof state === 'object' && state !== null && LEAVE_WITHOUT_ASKING in state);

/**
 * Asks before leaving a dirty form: in-app navigation through the router's blocker,
 * reloads and tab closes through `beforeunload`.
 */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when && currentLocation.pathname !== nextLocation.pathname && asksBeforeLeaving(nextLocation.state),
  );

  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);

  const open = blocker.state === 'blocked';
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && blocker.reset?.()}
      title={t('unsaved.title')}
      description={t('unsaved.description')}
      footer={
        <>
          <Button onClick={() => blocker.reset?.()}>{t('unsaved.stay')}</Button>
          <Button variant="danger" onClick={() => blocker.proceed?.()}>
            {t('unsaved.leave')}
          </Button>
        </>
      }
    />
  );
}
