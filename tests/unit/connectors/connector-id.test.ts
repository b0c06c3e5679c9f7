import { describe, expect, it } from 'vitest';
import { generateConnectorId } from '@/features/connectors/shared/connector-id';

describe('generateConnectorId', () => {
  it('makes 12 characters of [0-9a-z], different each time', () => {
    const ids = Array.from({ length: 200 }, () => generateConnectorId());
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
