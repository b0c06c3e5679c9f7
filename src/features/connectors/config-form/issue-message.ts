import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormItem } from '@/api/connector-form-items';
import type { ConfigMessage } from './build-config-schema';
import type { ConfigIssue } from './factory-rules';
import type { FieldText } from './field-text';

/** Words for each schema issue, in the admin's language. */
export function useConfigMessage(fieldText: (item: FormItem) => FieldText): ConfigMessage {
  const { t, i18n } = useTranslation('connectors');
  return useCallback(
    (issue: ConfigIssue, item: FormItem) => {
      switch (issue.code) {
        case 'required': {
          const choice = item.type === 'Select' || item.type === 'MultiSelect';
          return t(choice ? 'form.issues.required_choice' : 'form.issues.required', { label: fieldText(item).label });
        }
        case 'not_a_number':
        case 'not_an_option':
        case 'json_not_object':
          return t(`form.issues.${issue.code}`);
        case 'too_long':
          return t('form.issues.too_long', { max: issue.max.toLocaleString(i18n.language) });
        case 'json_syntax':
          return t('form.issues.json_syntax', { line: issue.line, column: issue.column });
        case 'private_key':
          return t(`form.private_key.${issue.problem}`);
      }
    },
    [t, i18n.language, fieldText],
  );
}
