import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connector } from '@/api/connectors';
import { Callout, Card } from '@/components/ui/card';
import { describeError } from '@/components/ui/states';
import type { SignInForm } from '../hooks/use-sign-in-form';
import { isMissingConnectorError } from '../model/save-error';
import { requiredConnectorTypes, SIGN_UP_CHOICES, type SignUpChoice } from '../model/sign-up-identifier';
import { SignInMethodsNote } from './sign-in-methods-note';
import styles from './sign-in-experience.module.css';

export function SignUpSection(props: { form: SignInForm; connectors: Connector[]; error: unknown; onEdited: () => void }) {
  const { t } = useTranslation(['sign-in-experience', 'common']);
  // describeError reads common's keys: give it a `t` whose default namespace is common.
  const { t: tCommon } = useTranslation();
  const { form, error } = props;
  const id = useId();
  const choice = form.values.signUp;
  const missing = requiredConnectorTypes(choice).filter((type) => !props.connectors.some((item) => item.type === type));
  const errorText =
    error === undefined ? undefined : `${describeError(error, tCommon)}${isMissingConnectorError(error) ? ` ${t('save.connector_hint')}` : ''}`;

  const choose = (next: SignUpChoice) => {
    form.update(() => ({ signUp: next }));
    props.onEdited();
  };

  return (
    <Card title={t('sign_up.label')} description={t('sign_up.description')}>
      <div
        role="radiogroup"
        aria-label={t('sign_up.label')}
        aria-describedby={errorText ? `${id}-error` : undefined}
        aria-invalid={errorText ? true : undefined}
        className={styles.choices}
      >
        {SIGN_UP_CHOICES.map((value) => (
          <div key={value} className={styles.choice} data-checked={choice === value || undefined}>
            <input
              type="radio"
              id={`${id}-${value}`}
              name={`${id}-sign-up`}
              value={value}
              checked={choice === value}
              onChange={() => choose(value)}
              aria-describedby={`${id}-${value}-hint`}
            />
            <label htmlFor={`${id}-${value}`} className={styles.choiceLabel}>
              {t(`sign_up.choices.${value}.label`)}
            </label>
            <p id={`${id}-${value}-hint`} className={styles.choiceHint}>
              {t(`sign_up.choices.${value}.hint`)}
            </p>
          </div>
        ))}
      </div>
      {errorText && (
        <p id={`${id}-error`} role="alert" className={styles.fieldError}>
          {errorText}
        </p>
      )}
      {missing.map((type) => (
        <Callout key={type} tone="warning">
          {t('sign_up.connector_missing', { type: t(`sign_up.connector_types.${type}`) })}
        </Callout>
      ))}
      {choice === 'none' && form.values.socialTargets.length === 0 && (
        <Callout tone="warning">{t('sign_up.none_needs_social')}</Callout>
      )}
      <SignInMethodsNote signIn={form.candidate.signIn} />
    </Card>
  );
}
