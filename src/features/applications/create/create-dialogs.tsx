import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FrameworkCatalogue } from '../catalogue/framework-catalogue';
import { FrameworkLogo } from '../catalogue/framework-logo';
import { useApplicationTypeLabel } from '../shared/application-type';
import { useReturnFocus } from '../shared/use-return-focus';
import { CREATE_FORM_ID, CreateApplicationForm } from './create-application-form';
import type { CreateFlow } from './create-flow';
import styles from './create.module.css';
import { TypeChoice } from './type-choice';

/** The dialogs of "Create application"; which one is open follows `flow.step`. */
export function CreateDialogs({ flow }: { flow: CreateFlow }) {
  const { t } = useTranslation(['applications', 'common']);
  const typeLabel = useApplicationTypeLabel();
  const [isCreating, setCreating] = useState(false);
  const { step } = flow;
  useReturnFocus(step.kind !== 'closed');
  const onOpenChange = (open: boolean) => !open && !isCreating && flow.close();

  return (
    <>
      <Dialog open={step.kind === 'catalogue'} onOpenChange={onOpenChange} size="wide" title={t('create.title')} description={t('create.catalogue_description')}>
        <FrameworkCatalogue onSelect={flow.pickFramework} onContinueWithoutFramework={flow.withoutFramework} />
      </Dialog>
      <Dialog
        open={step.kind === 'types'}
        onOpenChange={onOpenChange}
        title={t('catalogue.without_framework')}
        description={t('create.types_description')}
        footer={<Button onClick={flow.back}>{t('common:actions.back')}</Button>}
      >
        <TypeChoice onPick={flow.pickType} />
      </Dialog>
      <Dialog
        open={step.kind === 'form'}
        onOpenChange={onOpenChange}
        title={t('create.form_title')}
        footer={
          <>
            {step.kind === 'form' && step.previous.kind !== 'closed' && (
              <Button onClick={flow.back} disabled={isCreating}>
                {t('common:actions.back')}
              </Button>
            )}
            <Button type="submit" form={CREATE_FORM_ID} variant="primary" isLoading={isCreating}>
              {t('common:actions.create')}
            </Button>
          </>
        }
      >
        {step.kind === 'form' && (
          <>
            <div className={styles.chosen}>
              {step.framework && <FrameworkLogo color={step.framework.logo.color} glyph={step.framework.logo.glyph} />}
              <div>
                {step.framework && <p className={styles.chosenName}>{step.framework.name}</p>}
                <p className={styles.chosenType}>{typeLabel(step.type)}</p>
              </div>
            </div>
            <CreateApplicationForm type={step.type} frameworkId={step.framework?.id} onPendingChange={setCreating} />
          </>
        )}
      </Dialog>
    </>
  );
}
