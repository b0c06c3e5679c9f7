/**
 * Runs after every request that may change the store. The browser sets it to persist the encrypted
 * snapshot; Node (tests) leaves it empty, so Vitest never touches storage.
 */
type Hook = () => Promise<void>;

let hook: Hook | undefined;

export function setMutationHook(next: Hook | undefined): void {
  hook = next;
}

export async function afterMutation(): Promise<void> {
  await hook?.();
}
