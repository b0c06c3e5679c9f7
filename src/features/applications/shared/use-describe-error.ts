import { useTranslation } from 'react-i18next';
import { describeError } from '@/components/ui/states';

/** `describeError` reads common's keys, so it needs a `t` bound to the common namespace. */
export function useDescribeError() {
  const { t } = useTranslation();
  return (error: unknown) => describeError(error, t);
}
