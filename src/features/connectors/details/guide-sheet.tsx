import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connector } from '@/api/connectors';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { BookIcon } from '@/components/ui/icons';
import { ConnectorGuide } from '../guide/connector-guide';
import { redirectUriFor } from '../shared/redirect-facts';

/** The connector guide in a side panel, so the form stays in view. */
export function GuideSheet({ connector, name }: { connector: Connector; name: string }) {
  const { t } = useTranslation('connectors');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>
        <BookIcon />
        {t('details.open_guide')}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={t('guide.title')} size="sheet">
        <ConnectorGuide factoryId={connector.connectorId} readme={connector.readme} redirectUri={redirectUriFor(connector.id)} name={name} />
      </Dialog>
    </>
  );
}
