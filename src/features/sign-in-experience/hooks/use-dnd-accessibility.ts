import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * dnd-kit's screen-reader instructions and announcements, which it speaks in English by default,
 * in the console's language with the item's name and position.
 */
export function useDndAccessibility(ids: string[], nameOf: (id: string) => string) {
  const { t } = useTranslation('sign-in-experience');
  // dnd-kit reports "over itself" right after pick-up; saying it would drown the pick-up message.
  const lastOver = useRef<UniqueIdentifier | null>(null);
  const describe = (id: UniqueIdentifier, at: UniqueIdentifier = id) => ({
    name: nameOf(String(id)),
    position: ids.indexOf(String(at)) + 1,
    count: ids.length,
  });

  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      lastOver.current = active.id;
      return t('dnd.picked_up', describe(active.id));
    },
    onDragOver: ({ active, over }) => {
      if (!over || over.id === lastOver.current) return undefined;
      lastOver.current = over.id;
      return t('dnd.over', describe(active.id, over.id));
    },
    onDragEnd: ({ active, over }) => (over ? t('dnd.dropped', describe(active.id, over.id)) : undefined),
    onDragCancel: ({ active }) => t('dnd.cancelled', describe(active.id)),
  };
  const screenReaderInstructions: ScreenReaderInstructions = { draggable: t('dnd.instructions') };
  return { announcements, screenReaderInstructions };
}
