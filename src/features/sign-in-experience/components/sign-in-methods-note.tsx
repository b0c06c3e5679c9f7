import { useTranslation } from 'react-i18next';
import type { SignInExperience } from '@/api/sign-in-experience';
import styles from './sign-in-experience.module.css';

type Method = SignInExperience['signIn']['methods'][number];

/** Shows the sign-in methods the save will leave, and why Torii may have added one. */
export function SignInMethodsNote({ signIn }: { signIn: SignInExperience['signIn'] }) {
  const { t } = useTranslation('sign-in-experience');
  const describe = (method: Method) => {
    const means = method.password && method.verificationCode ? 'both' : method.verificationCode ? 'code' : 'password';
    return t(`sign_up.means.${means}`, { identifier: t(`sign_up.methods.${method.identifier}`) });
  };
  const methods = signIn.methods.map(describe).join(t('sign_up.list_separator'));
  return (
    <div className={styles.note}>
      <p>{methods ? t('sign_up.sign_in_methods', { methods }) : t('sign_up.no_sign_in_methods')}</p>
      <p className={styles.muted}>{t('sign_up.sign_in_rule')}</p>
    </div>
  );
}
