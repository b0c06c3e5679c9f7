import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useDndAccessibility } from '../../hooks/use-dnd-accessibility';
import type { SocialListActions } from '../../hooks/use-social-list-actions';
import type { SocialTarget } from '../../model/social-targets';
import styles from '../sign-in-experience.module.css';
import { SocialTargetRow, type RowAction } from './social-target-row';

/** The chosen targets, reorderable by pointer, by dnd-kit's keyboard sensor and by explicit buttons. */
export function SocialTargetList({
  items,
  actions,
  listRef,
  onEmptied,
}: {
  items: SocialTarget[];
  actions: SocialListActions;
  listRef: RefObject<HTMLOListElement | null>;
  /** The last row was removed, and with it the focused button. */
  onEmptied: () => void;
}) {
  const { t } = useTranslation('sign-in-experience');
  const ids = items.map((item) => item.target);
  const sensors = useSensors(
    useSensor(PointerSensor),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const accessibility = useDndAccessibility(ids, actions.nameOf);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) actions.move(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)), { silent: true });
  };

  /** Moving a row moves its DOM node, which drops focus: put it back on the same control. */
  const refocus = (target: string, action: RowAction) =>
    requestAnimationFrame(() => {
      const row = listRef.current?.querySelector(`[data-target="${CSS.escape(target)}"]`);
      // At the top or bottom the same button is disabled: fall back to the other direction.
      const order: RowAction[] = [action, action === 'up' ? 'down' : 'up', 'handle'];
      const control = order
        .map((name) => row?.querySelector<HTMLButtonElement>(`[data-action="${name}"]:not(:disabled)`))
        .find(Boolean);
      control?.focus();
    });

  const onMove = (index: number, delta: -1 | 1) => {
    const target = ids[index];
    if (target === undefined) return;
    actions.move(index, index + delta);
    refocus(target, delta < 0 ? 'up' : 'down');
  };

  const onRemove = (index: number) => {
    const target = ids[index];
    if (target === undefined) return;
    actions.remove(target);
    const neighbour = ids[index + 1] ?? ids[index - 1];
    if (neighbour) refocus(neighbour, 'remove');
    else onEmptied();
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={accessibility}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol ref={listRef} className={styles.targetList} aria-label={t('social.list_label')}>
          {items.map((item, index) => (
            <SocialTargetRow
              key={item.target}
              item={item}
              name={actions.nameOf(item.target)}
              isFirst={index === 0}
              isLast={index === items.length - 1}
              onMoveUp={() => onMove(index, -1)}
              onMoveDown={() => onMove(index, 1)}
              onRemove={() => onRemove(index)}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
