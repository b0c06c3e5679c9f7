/** What a save changes in the social list: shown in the confirmation before the PATCH is sent. */
export type TargetsDiff = { added: string[]; removed: string[]; reordered: boolean };

export function diffTargets(before: readonly string[], after: readonly string[]): TargetsDiff {
  const added = after.filter((target) => !before.includes(target));
  const removed = before.filter((target) => !after.includes(target));
  // Reordered means the targets present on both sides now come in another order.
  const keptBefore = before.filter((target) => after.includes(target));
  const keptAfter = after.filter((target) => before.includes(target));
  const reordered = keptBefore.some((target, index) => keptAfter[index] !== target);
  return { added, removed, reordered };
}

export const isEmptyDiff = (diff: TargetsDiff) => diff.added.length === 0 && diff.removed.length === 0 && !diff.reordered;

/** Targets the server silently dropped (their connector no longer exists): sent but not returned. */
export const droppedTargets = (sent: readonly string[], returned: readonly string[]) =>
  sent.filter((target) => !returned.includes(target));
