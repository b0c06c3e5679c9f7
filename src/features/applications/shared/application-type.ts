import { useTranslation } from 'react-i18next';
import type { ApplicationType } from '@/api/applications';

// One place maps API types to their visible labels, so the list, header and catalogue agree.
const typeKeys = {
  Traditional: 'traditional',
  SPA: 'spa',
  Native: 'native',
  MachineToMachine: 'm2m',
  Protected: 'protected',
  SAML: 'saml',
} as const satisfies Record<ApplicationType, string>;

export function useApplicationTypeLabel() {
  const { t } = useTranslation('applications');
  return (type: ApplicationType) => t(`types.${typeKeys[type]}.label`);
}

export function useApplicationTypeDescription() {
  const { t } = useTranslation('applications');
  return (type: ApplicationType) => t(`types.${typeKeys[type]}.description`);
}
