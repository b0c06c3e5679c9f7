import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { PlusIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { LazyCreateDialogs } from '../create/lazy-create-dialogs';
import { useCreateFlow } from '../create/create-flow';
import { ApplicationsList } from '../list/applications-list';

export function Component() {
  const { t } = useTranslation('applications');
  const flow = useCreateFlow();
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('list.subtitle')}
        actions={
          <Button variant="primary" onClick={flow.openCatalogue}>
            <PlusIcon />
            {t('create.action')}
          </Button>
        }
      />
      <ApplicationsList />
      <LazyCreateDialogs flow={flow} />
    </>
  );
}
