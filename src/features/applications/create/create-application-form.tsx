import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { applicationKeys, createApplication, type CreatableApplicationType } from '@/api/applications';
import { Callout } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { paths } from '@/lib/paths';
import { apiIssues } from '../shared/api-issues';
import { useValidationMessage } from '../shared/validation';
import type { QuickStartState } from '../quick-start/quick-start-state';
import styles from './create.module.css';
import { createApplicationSchema, emptyCreateValues, toCreatePayload, type CreateApplicationValues } from './create-schema';
import { useDescribeError } from '../shared/use-describe-error';

export const CREATE_FORM_ID = 'create-application-form';

/** Name and description; on success the admin lands on the new app's quick start. */
export function CreateApplicationForm({ type, frameworkId, onPendingChange }: {
  type: CreatableApplicationType;
  frameworkId: string | undefined;
  onPendingChange: (pending: boolean) => void;
}) {
  const { t } = useTranslation(['applications', 'common']);
  const describeError = useDescribeError();
  const validationMessage = useValidationMessage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<CreateApplicationValues>({
    resolver: zodResolver(createApplicationSchema),
    defaultValues: emptyCreateValues,
    mode: 'onTouched',
  });
  const { errors } = form.formState;

  const mutation = useMutation({
    mutationFn: (values: CreateApplicationValues) => createApplication(toCreatePayload(values, type)),
    onMutate: () => onPendingChange(true),
    onSettled: () => onPendingChange(false),
    onSuccess: async (application) => {
      queryClient.setQueryData(applicationKeys.detail(application.id), application);
      await queryClient.invalidateQueries({ queryKey: applicationKeys.lists() });
      const state: QuickStartState = { created: true, frameworkId };
      await navigate(paths.applicationQuickStart(application.id), { state });
    },
    onError: (error) => {
      // A 400 naming a field lands on that field; anything else shows above the form, values untouched.
      for (const issue of apiIssues(error)) {
        if (issue.path === 'name') form.setError('name', { message: issue.code === 'too_big' ? 'name_too_long' : 'name_required' });
        if (issue.path === 'description') form.setError('description', { message: issue.message });
      }
    },
  });

  const nameIssue = apiIssues(mutation.error).some((issue) => issue.path === 'name' || issue.path === 'description');
  return (
    <form id={CREATE_FORM_ID} className={styles.form} noValidate onSubmit={form.handleSubmit((values) => mutation.mutate(values))}>
      {mutation.isError && !nameIssue && (
        <Callout tone="danger" role="alert">
          {describeError(mutation.error)}
        </Callout>
      )}
      <Field label={t('fields.application_name')} required error={validationMessage(errors.name?.message)}>
        <Input {...form.register('name')} required autoComplete="off" maxLength={NAME_INPUT_LIMIT} autoFocus />
      </Field>
      <Field label={t('fields.description')} description={t('create.description_hint')} error={validationMessage(errors.description?.message)}>
        <Textarea {...form.register('description')} rows={3} className={styles.textarea} />
      </Field>
    </form>
  );
}

// A little above the limit so an over-long paste shows the error instead of being cut silently.
const NAME_INPUT_LIMIT = 300;
