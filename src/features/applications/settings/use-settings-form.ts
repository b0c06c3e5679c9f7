import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applicationKeys, updateApplication, type Application } from '@/api/applications';
import { toast } from '@/components/ui/toast';
import { apiIssues } from '../shared/api-issues';
import { settingsSchema, toSettingsPayload, toSettingsValues, type SettingsValues } from './settings-schema';

type Rows = ReturnType<typeof toSettingsPayload>['rows'];

/** Which fields a form built on this hook shows: the quick start's editor has the URI lists only. */
export type SettingsFields = 'all' | 'uris';

/**
 * Puts each field problem of a 400 on a field the form shows; returns false when any could not be
 * placed (or there were none), so the form shows the server's message instead of hiding it.
 */
function placeServerIssues(error: unknown, rows: Rows, form: UseFormReturn<SettingsValues>, fields: SettingsFields): boolean {
  const issues = apiIssues(error);
  let placed = 0;
  for (const issue of issues) {
    const [head, list, index] = issue.path.split('.');
    if ((head === 'name' || head === 'description') && fields === 'all') {
      form.setError(head, { message: head === 'name' ? (issue.code === 'too_big' ? 'name_too_long' : 'name_required') : issue.message });
      placed += 1;
    } else if (head === 'oidcClientMetadata' && (list === 'redirectUris' || list === 'postLogoutRedirectUris')) {
      const row = rows[list][Number(index)];
      form.setError(row === undefined ? list : `${list}.${row}.value`, { message: 'uri_invalid' });
      placed += 1;
    }
  }
  return issues.length > 0 && placed === issues.length;
}

/**
 * The application's settings form: validated as the admin types, saved with one PATCH carrying the
 * complete `oidcClientMetadata`. The settings tab and the quick start's URI editor share it.
 */
export function useSettingsForm(application: Application, defaults: SettingsValues = toSettingsValues(application), fields: SettingsFields = 'all') {
  const { t } = useTranslation('applications');
  const queryClient = useQueryClient();
  // The failure no field shows: the form puts its message above the fields.
  const [unplacedFailure, setUnplacedFailure] = useState<unknown>(null);
  const form = useForm<SettingsValues>({
    resolver: zodResolver(settingsSchema({ allowCustomScheme: application.type === 'Native' })),
    defaultValues: defaults,
    mode: 'onChange',
  });

  const mutation = useMutation({
    mutationFn: ({ payload }: ReturnType<typeof toSettingsPayload>) => updateApplication(application.id, payload),
    onSuccess: (updated) => {
      // Keep what the GET added (isAdmin, legacy secret) that the PATCH answer may leave out.
      queryClient.setQueryData<Application>(applicationKeys.detail(application.id), (previous) => ({ ...previous, ...updated }));
      void queryClient.invalidateQueries({ queryKey: applicationKeys.lists() });
      form.reset(toSettingsValues(updated));
      toast.success(t('settings.saved'));
    },
    onError: (error, { rows }) => {
      // Typed values stay in the form whatever failed, so saving again is one click.
      if (placeServerIssues(error, rows, form, fields)) return;
      setUnplacedFailure(error);
      toast.error(t('settings.save_failed'));
    },
  });

  const onSubmit = form.handleSubmit((values) => {
    setUnplacedFailure(null);
    mutation.mutate(toSettingsPayload(values, application));
  });
  return { form, mutation, onSubmit, unplacedFailure, clearFailure: () => setUnplacedFailure(null) };
}
