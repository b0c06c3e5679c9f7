import { TYPES_WITH_SECRETS } from '@/api/applications';
import { useApplicationOutlet } from '../details/application-outlet';
import { SecretsCard } from '../secrets/secrets-card';
import { CredentialsCard } from '../settings/credentials-card';
import { SettingsForm } from '../settings/settings-form';
import styles from '../settings/settings.module.css';

export function Component() {
  const { application } = useApplicationOutlet();
  return (
    <div className={styles.tab}>
      <CredentialsCard application={application} />
      {TYPES_WITH_SECRETS.includes(application.type) && <SecretsCard application={application} />}
      <SettingsForm key={application.id} application={application} />
    </div>
  );
}
