import { useId, type ReactNode } from 'react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { PlusIcon, TrashIcon } from '@/components/ui/icons';
import { Input } from '@/components/ui/input';
import { useValidationMessage } from '../shared/validation';
import type { SettingsValues } from './settings-schema';
import styles from './settings.module.css';

type ListName = 'redirectUris' | 'postLogoutRedirectUris';

/** An editable list of URIs: one input per row, errors under their row, checked on every keystroke. */
export function UriListField({ form, name, label, description }: {
  form: UseFormReturn<SettingsValues>;
  name: ListName;
  label: string;
  description?: ReactNode;
}) {
  const { t } = useTranslation('applications');
  const validationMessage = useValidationMessage();
  const id = useId();
  const { fields, append, remove } = useFieldArray({ control: form.control, name });
  const listErrors = form.formState.errors[name];
  // A change in one row can make another a duplicate or clear it: re-check the whole list.
  const recheck = () => void form.trigger(name);

  return (
    <fieldset className={styles.uriList} aria-describedby={description ? `${id}-description` : undefined}>
      <legend className={styles.legend}>{label}</legend>
      {description && (
        <p id={`${id}-description`} className={styles.hint}>
          {description}
        </p>
      )}
      {fields.length === 0 && <p className={styles.hint}>{t('uris.none')}</p>}
      {listErrors?.message && (
        <p className={styles.error} role="alert">
          {validationMessage(listErrors.message)}
        </p>
      )}
      <ul className={styles.rows}>
        {fields.map((field, index) => {
          const registration = form.register(`${name}.${index}.value`);
          const error = validationMessage(listErrors?.[index]?.value?.message);
          const errorId = `${id}-${index}-error`;
          return (
            <li key={field.id} className={styles.row}>
              <div className={styles.rowControl}>
                <Input
                  {...registration}
                  onChange={async (event) => {
                    await registration.onChange(event);
                    recheck();
                  }}
                  type="url"
                  inputMode="url"
                  placeholder={t('uris.placeholder')}
                  aria-label={t('uris.entry_label', { label, index: index + 1 })}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  autoComplete="off"
                  spellCheck={false}
                />
                <Button
                  size="icon"
                  variant="ghost"
                  aria-label={t('uris.remove', { label, index: index + 1 })}
                  title={t('uris.remove', { label, index: index + 1 })}
                  onClick={() => {
                    remove(index);
                    recheck();
                  }}
                >
                  <TrashIcon />
                </Button>
              </div>
              {error && (
                <p id={errorId} className={styles.error} role="alert">
                  {error}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <div>
        <Button size="small" onClick={() => append({ value: '' })}>
          <PlusIcon />
          {fields.length === 0 ? t('uris.add_first') : t('uris.add')}
        </Button>
      </div>
    </fieldset>
  );
}
