import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, buttonClassName } from '@/components/ui/button';
import { Callout, Card } from '@/components/ui/card';
import { PlusIcon } from '@/components/ui/icons';
import { describeError, EmptyState } from '@/components/ui/states';
import { paths } from '@/lib/paths';
import { useSocialListActions } from '../../hooks/use-social-list-actions';
import type { SignInForm } from '../../hooks/use-sign-in-form';
import { addableTargets, type SocialTarget } from '../../model/social-targets';
import styles from '../sign-in-experience.module.css';
import { AddSocialConnectorDialog } from './add-social-connector-dialog';
import { SocialOptions } from './social-options';
import { SocialTargetList } from './social-target-list';

export function SocialSection(props: { form: SignInForm; error: unknown; droppedNames: string[]; onEdited: () => void }) {
  const { t } = useTranslation(['sign-in-experience', 'common']);
  // describeError reads common's keys: give it a `t` whose default namespace is common.
  const { t: tCommon } = useTranslation();
  const { form } = props;
  const [adding, setAdding] = useState(false);
  const actions = useSocialListActions(form, props.onEdited);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const lastAdded = useRef<string | null>(null);
  const add = (target: string) => {
    lastAdded.current = target;
    actions.add(target);
  };
  // "Add social connector" is disabled once everything is added: focus the new row's handle instead.
  const focusAddedRow = () =>
    lastAdded.current === null
      ? null
      : listRef.current?.querySelector<HTMLElement>(`[data-target="${CSS.escape(lastAdded.current)}"] [data-action="handle"]`);
  // The last row is gone: "Add social connector" is where the admin goes next.
  const focusAddButton = () => requestAnimationFrame(() => addButtonRef.current?.focus());
  const chosen = form.values.socialTargets
    .map((target) => form.available.get(target))
    .filter((item): item is SocialTarget => item !== undefined);
  const addable = addableTargets(form.values.socialTargets, form.available);
  const noneConfigured = form.available.size === 0;

  const addButton = (
    <Button ref={addButtonRef} onClick={() => setAdding(true)} disabled={addable.length === 0}>
      <PlusIcon />
      {t('social.add')}
    </Button>
  );

  return (
    <Card title={t('social.title')} description={t('social.description')} actions={noneConfigured ? undefined : addButton}>
      {props.droppedNames.length > 0 && (
        <Callout tone="warning" role="status">
          {t('save.dropped', { names: props.droppedNames.join(t('sign_up.list_separator')) })}
        </Callout>
      )}
      {form.staleTargets.length > 0 && (
        <Callout tone="info">{t('social.stale', { targets: form.staleTargets.join(t('sign_up.list_separator')) })}</Callout>
      )}
      {noneConfigured ? (
        <EmptyState
          title={t('social.none_configured')}
          action={
            <Link to={paths.socialConnectors()} className={buttonClassName('secondary')}>
              {t('social.go_to_connectors')}
            </Link>
          }
        >
          <p>{t('social.none_configured_body')}</p>
        </EmptyState>
      ) : chosen.length === 0 ? (
        <p className={styles.emptyList}>{t('social.empty_list')}</p>
      ) : (
        <SocialTargetList listRef={listRef} items={chosen} actions={actions} onEmptied={focusAddButton} />
      )}
      {!noneConfigured && chosen.length > 0 && addable.length === 0 && <p className={styles.muted}>{t('social.all_added')}</p>}
      {props.error !== undefined && (
        <p role="alert" className={styles.fieldError}>
          {describeError(props.error, tCommon)}
        </p>
      )}
      {chosen.length > 0 && <SocialOptions form={form} onEdited={props.onEdited} />}
      <AddSocialConnectorDialog open={adding} onOpenChange={setAdding} options={addable} onAdd={add} fallbackFocus={focusAddedRow} />
    </Card>
  );
}
