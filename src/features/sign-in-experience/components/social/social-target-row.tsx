import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ChevronDownIcon, ChevronUpIcon, GripIcon, TrashIcon } from '@/components/ui/icons';
import type { SocialTarget } from '../../model/social-targets';
import styles from '../sign-in-experience.module.css';
import { ConnectorLogo } from './connector-logo';
import { PlatformTags } from './platform-tags';

export type RowAction = 'handle' | 'up' | 'down' | 'remove';

export function SocialTargetRow(props: {
  item: SocialTarget;
  name: string;
  isFirst: boolean;
  isLast: boolean;
  onMoveUp: () => void;
  onMoveDown: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('sign-in-experience');
  const { item, name } = props;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.target, attributes: { roleDescription: t('social.sortable') } });
  // dnd-kit positions the dragged row with a transform: the one inline style it needs.
  const style = { transform: CSS.Translate.toString(transform), transition };

  return (
    <li
      ref={setNodeRef}
      style={style}
      className={styles.targetRow}
      data-target={item.target}
      data-dragging={isDragging || undefined}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className={styles.handle}
        data-action="handle"
        {...attributes}
        {...listeners}
        aria-label={t('social.reorder', { name })}
      >
        <GripIcon />
      </button>
      <ConnectorLogo connector={item.connector} />
      <span className={styles.targetName}>{name}</span>
      <PlatformTags platforms={item.platforms} />
      <span className={styles.rowActions}>
        <Button size="icon" variant="ghost" data-action="up" disabled={props.isFirst} onClick={props.onMoveUp} aria-label={t('social.move_up', { name })} title={t('social.move_up', { name })}>
          <ChevronUpIcon />
        </Button>
        <Button size="icon" variant="ghost" data-action="down" disabled={props.isLast} onClick={props.onMoveDown} aria-label={t('social.move_down', { name })} title={t('social.move_down', { name })}>
          <ChevronDownIcon />
        </Button>
        <Button size="icon" variant="ghost" data-action="remove" onClick={props.onRemove} aria-label={t('social.remove', { name })} title={t('social.remove', { name })}>
          <TrashIcon />
        </Button>
      </span>
    </li>
  );
}
