import { useTranslation } from 'react-i18next';
import { announce } from '@/components/ui/live-region';
import { moveItem } from '../model/social-targets';
import type { SignInForm } from './use-sign-in-form';
import { useTargetName } from './use-target-name';

/** Add, remove and move targets, each announced to screen readers in the console language. */
export function useSocialListActions(form: SignInForm, onEdited: () => void) {
  const { t } = useTranslation('sign-in-experience');
  const nameOf = useTargetName(form.available);
  const targets = form.values.socialTargets;

  return {
    nameOf,
    add(target: string) {
      const next = [...targets.filter((item) => item !== target), target];
      form.update(() => ({ socialTargets: next }));
      onEdited();
      announce(t('social.added', { name: nameOf(target), position: next.length, count: next.length }));
    },
    remove(target: string) {
      form.update((current) => ({ socialTargets: current.socialTargets.filter((item) => item !== target) }));
      onEdited();
      announce(t('social.removed', { name: nameOf(target) }));
    },
    /** `silent` when dnd-kit has already announced the drop itself. */
    move(from: number, to: number, options: { silent?: boolean } = {}) {
      const target = targets[from];
      if (target === undefined || to < 0 || to >= targets.length || from === to) return;
      form.update((current) => ({ socialTargets: moveItem(current.socialTargets, from, to) }));
      onEdited();
      if (!options.silent) announce(t('social.moved', { name: nameOf(target), position: to + 1, count: targets.length }));
    },
  };
}

export type SocialListActions = ReturnType<typeof useSocialListActions>;
