import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applicationSecretsQueryOptions } from '@/api/application-secrets';
import type { Application } from '@/api/applications';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PlusIcon } from '@/components/ui/icons';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useReturnFocus } from '../shared/use-return-focus';
import { AddSecretDialog } from './add-secret-dialog';
import { DeleteSecretDialog } from './delete-secret-dialog';
import { RenameSecretDialog } from './rename-secret-dialog';
import { toSecretRows, type SecretRow as Row } from './secret-rows';
import { SecretsTable } from './secrets-table';

type Action = { kind: 'rename' | 'delete'; row: Row } | null;

/** The App Secret card: every secret masked, with Show/Hide and Copy; add, rename and delete. */
export function SecretsCard({ application }: { application: Application }) {
  const { t } = useTranslation('applications');
  const query = useQuery(applicationSecretsQueryOptions(application.id));
  const [adding, setAdding] = useState(false);
  const [action, setAction] = useState<Action>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useReturnFocus(adding || action !== null, addButton);
  const rows = query.data ? toSecretRows(application, query.data) : [];

  return (
    <Card
      title={t('fields.app_secret')}
      description={t('secrets.rotate_hint')}
      actions={
        <Button ref={addButton} onClick={() => setAdding(true)} disabled={!query.isSuccess}>
          <PlusIcon />
          {t('secrets.add')}
        </Button>
      }
    >
      {query.isPending && <LoadingState rows={2} />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && rows.length === 0 && <EmptyState title={t('secrets.empty')} />}
      {rows.length > 0 && <SecretsTable rows={rows} onRename={(row) => setAction({ kind: 'rename', row })} onDelete={(row) => setAction({ kind: 'delete', row })} />}
      <AddSecretDialog applicationId={application.id} open={adding} onOpenChange={setAdding} />
      {action?.kind === 'rename' && <RenameSecretDialog applicationId={application.id} currentName={action.row.name} onClose={() => setAction(null)} />}
      {action?.kind === 'delete' && (
        <DeleteSecretDialog
          applicationId={application.id}
          name={action.row.name}
          displayName={action.row.legacy ? t('secrets.legacy_name') : action.row.name}
          legacy={action.row.legacy}
          isLast={rows.length === 1}
          onClose={() => setAction(null)}
        />
      )}
    </Card>
  );
}
