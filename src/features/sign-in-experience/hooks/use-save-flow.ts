import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '@/components/ui/toast';
import { saveErrorField, type SaveErrorField } from '../model/save-error';
import type { SignInForm } from './use-sign-in-form';
import { useSaveSignInExperience } from './use-save-sign-in-experience';
import { useTargetName } from './use-target-name';

export type SaveFailure = { field: SaveErrorField; error: unknown };

/**
 * Submit → (confirm when the sign-up identifier or the social list changes) → PATCH the changed keys.
 * A failure keeps the draft untouched and says where it belongs; a success drops the draft.
 */
export function useSaveFlow(form: SignInForm) {
  const { t } = useTranslation('sign-in-experience');
  const mutation = useSaveSignInExperience();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [droppedNames, setDroppedNames] = useState<string[]>([]);

  const nameOf = useTargetName(form.available);

  const save = async () => {
    setFailure(null);
    try {
      const { dropped } = await mutation.mutateAsync(form.patch);
      form.discard();
      setDroppedNames(dropped.map(nameOf));
      toast.success(t('save.success'));
    } catch (error) {
      setFailure({ field: saveErrorField(error), error });
    } finally {
      setConfirming(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.isDirty || mutation.isPending) return;
    const needsReview = 'signUp' in form.patch || 'socialSignInConnectorTargets' in form.patch;
    if (needsReview) setConfirming(true);
    else void save();
  };

  /** Editing the part a failure was about clears its message. */
  const clearFailure = (field: SaveErrorField) => setFailure((current) => (current?.field === field ? null : current));

  return {
    submit,
    save,
    confirming,
    setConfirming,
    failure,
    clearFailure,
    resetFailure: () => setFailure(null),
    /** Targets the last save could not keep; forgotten once the list is edited again or discarded. */
    droppedNames,
    clearDropped: () => setDroppedNames((current) => (current.length === 0 ? current : [])),
    isSaving: mutation.isPending,
  };
}
