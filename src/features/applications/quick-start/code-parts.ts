/**
 * Guide code as parts: plain text, and a slot for the App Secret. The page renders the slot masked
 * (the real value is then not in the DOM) while Copy always writes the working code.
 */
export type CodePart = string | { kind: 'secret' };

export const SECRET_SLOT: CodePart = { kind: 'secret' };

/** Tagged template: `code\`appSecret="${SECRET_SLOT}"\`` keeps the slot as its own part. */
export function code(strings: TemplateStringsArray, ...values: (string | CodePart)[]): CodePart[] {
  const parts: CodePart[] = [];
  strings.forEach((text, index) => {
    parts.push(text);
    const value = values[index];
    if (value !== undefined) parts.push(value);
  });
  return mergeText(parts);
}

function mergeText(parts: CodePart[]): CodePart[] {
  const merged: CodePart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (typeof part === 'string' && typeof last === 'string') merged[merged.length - 1] = last + part;
    else merged.push(part);
  }
  return merged;
}

export const renderCode = (parts: readonly CodePart[], secret: string) =>
  parts.map((part) => (typeof part === 'string' ? part : secret)).join('');

export const hasSecretSlot = (parts: readonly CodePart[]) => parts.some((part) => typeof part !== 'string');
