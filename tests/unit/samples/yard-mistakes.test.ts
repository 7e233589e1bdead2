import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../src/model/validate.ts';
import { buildReport } from '../../../src/report/build.ts';

/** The sample yard with the typical mistakes: each must be found, named and cited (issue: outdoor play area). */
describe('public/samples/yard-mistakes.json', () => {
  const parsed = parsePlanText(readFileSync(new URL('../../../public/samples/yard-mistakes.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  const report = buildReport(parsed.value);
  const fallZone = (id: string) => report.findings.find((f) => f.id === 'outdoor.fall-zone' && f.subject === id)!;

  it('finds grass under the climber: not a resilient surface (082(6)(A)8)', () => {
    expect(fallZone('CLIMBER').status).toBe('fail');
    expect(fallZone('CLIMBER').message).toMatch(/grass GRASS is not a resilient surface/);
    expect(fallZone('CLIMBER').geometry?.type).toBe('polygon');
  });

  it("finds the slide's exit zone running over the fence line", () => {
    expect(fallZone('SLIDE').status).toBe('fail');
    expect(fallZone('SLIDE').message).toMatch(/sq ft of its fall zone lies outside the play area "Play Yard"/);
  });

  it('finds the two swing sets whose front and rear zones overlap', () => {
    for (const id of ['SWING-A', 'SWING-B']) {
      expect(fallZone(id).status).toBe('fail');
      expect(fallZone(id).message).toMatch(/front and rear zone overlaps the fall zone of the swing SWING-[AB] by 214\.0 sq ft/);
    }
  });

  it('still passes the yard itself: 2,400 sq ft, fenced at 48"', () => {
    expect(report.findings.find((f) => f.id === 'outdoor.area')!.status).toBe('pass');
    expect(report.findings.find((f) => f.id === 'outdoor.fence')!.status).toBe('pass');
  });
});
