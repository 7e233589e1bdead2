import { planFileText, suggestedFileName } from '../../../src/store/saveFile.ts';
import { emptyPlan } from '../../../src/store/newPlan.ts';
import { parsePlanText } from '../../../src/model/validate.ts';
import type { Plan } from '../../../src/model/schema.ts';

function withItems(): Plan {
  const plan = emptyPlan();
  const level = plan.levels[0]!;
  return {
    ...plan,
    levels: [
      {
        ...level,
        rooms: [{ id: 'R1', name: 'Infants', use: 'child-care', polygon: [[0, 0], [240, 0], [240, 240], [0, 240]] }],
        items: [
          { id: 'I1', type: 'crib', at: [40, 40] },
          { id: 'I2', type: 'cot', at: [120, 120], size: [24, 50] },
          { id: 'I3', type: 'smoke-detector', at: [120, 20] },
        ],
      },
    ],
  };
}

describe('saving a plan file', () => {
  it('writes the default sizes of floor items back, keeps given sizes, and leaves devices without one', () => {
    const text = planFileText(withItems());
    const saved = parsePlanText(text);
    expect(saved.ok).toBe(true);
    const items = saved.ok ? saved.value.levels[0]!.items : [];
    expect(items.map((i) => i.size)).toEqual([[30, 55], [24, 50], undefined]);
  });

  it('names the file after the facility unless it came from a file', () => {
    const plan = { ...emptyPlan(), facility: { ...emptyPlan().facility, name: "Sunny Days' Center #2" } };
    expect(suggestedFileName(plan, 'untitled.json')).toBe('sunny-days-center-2.json');
    expect(suggestedFileName(plan, 'mine.json')).toBe('mine.json');
  });
});
