import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.ts';

const catalogue = readFileSync(new URL('../../docs/checks.md', import.meta.url), 'utf8');
/** Every id in the catalogue's tables: the first cell of each row, in backticks. */
const catalogueIds = [...catalogue.matchAll(/^\| `([a-z-]+\.[a-z-]+)` \|/gm)].map((m) => m[1]!);

describe('the check registry', () => {
  it('holds every check id of the catalogue exactly once, in catalogue order', () => {
    expect(catalogueIds.length).toBeGreaterThan(50);
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...catalogueIds].sort());
  });

  it('gives every check a 5 CSR 25-500 citation and a title', () => {
    for (const c of CHECKS) {
      expect(c.citation, c.id).toMatch(/^5 CSR 25-500\.\d{3}/);
      expect(c.title.length, c.id).toBeGreaterThan(3);
    }
  });
});
