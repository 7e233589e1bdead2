import { describe, expect, it } from 'vitest';
import { outdoorTrampoline } from '../../src/checks/outdoor/trampoline.ts';
import type { Equipment } from '../../src/model/schema.ts';
import { climber, only, outdoorPlan, rect, runCheck } from '../unit/engine/outdoor/plan.ts';

const YARD = { id: 'YARD', name: 'Yard', polygon: rect(0, 0, 1200, 1200), fenceHeight: 48 };
const run = (equipment: Equipment[]) => runCheck(outdoorTrampoline, outdoorPlan({ playAreas: [YARD], equipment }));

describe('outdoor.trampoline', () => {
  it('a trampoline fails', () => {
    expect(only(run([{ id: 'TR', type: 'trampoline', at: [600, 600], size: [144, 144], height: 30 }]))).toMatchObject({ id: 'outdoor.trampoline', citation: '5 CSR 25-500.092(3)(J)', status: 'fail', subject: 'TR' });
  });

  it('a mini-trampoline is allowed with close supervision: verify', () => {
    expect(only(run([{ id: 'MT', type: 'mini-trampoline', at: [600, 600], size: [40, 40], height: 9 }])).status).toBe('verify');
  });

  it('is n/a with no jumping equipment', () => {
    expect(only(run([climber('C1', [600, 600], [96, 96], 48)])).status).toBe('n/a');
    expect(only(runCheck(outdoorTrampoline, outdoorPlan(undefined))).status).toBe('n/a');
  });
});
