import type { Finding } from '../../../src/checks/types.ts';
import type { Plan } from '../../../src/model/schema.ts';
import { showFinding, showProblem, showSubject } from '../../../src/ui/showOnPlan.ts';
import { TestEditor, twoRooms } from '../editor/TestEditor.ts';

function withYard(): Plan {
  const plan = twoRooms();
  return {
    ...plan,
    site: {
      playAreas: [{ id: 'PA1', name: 'Yard', polygon: [[0, 200], [480, 200], [480, 800], [0, 800]], fenceHeight: 48 }],
      // An id a room has too: an outdoor finding still means the equipment.
      equipment: [{ id: 'R1', type: 'climber', at: [240, 450], size: [72, 72], height: 48 }],
    },
  };
}

const finding = (id: string, subject: string | null): Finding => ({ id, citation: '', status: 'fail', subject, measured: null, limit: null, unit: null, message: '', geometry: { type: 'polygon', points: [[200, 400], [280, 400], [280, 500]] } });

describe('showing a finding on the plan', () => {
  it('shows an outdoor finding in the Site view, its subject selected', () => {
    const ed = new TestEditor(withYard());
    ed.editor.setViewport(1000, 800);
    showFinding(ed.editor, finding('outdoor.fall-zone', 'R1'));
    expect(ed.session.getState().siteView).toBe(true);
    expect(ed.selection).toEqual(['equipment:R1']);
    expect(ed.session.getState().highlight?.id).toBe('outdoor.fall-zone');
  });

  it('goes back to the building for a finding about a room, and to the site for one about the site as a whole', () => {
    const ed = new TestEditor(withYard());
    ed.editor.showSite(true);
    showFinding(ed.editor, finding('space.preschool', 'R1'));
    expect(ed.session.getState().siteView).toBe(false);
    expect(ed.selection).toEqual(['room:R1']);
    showFinding(ed.editor, finding('outdoor.area', null));
    expect(ed.session.getState().siteView).toBe(true);
    expect(ed.selection).toEqual([]);
    showSubject(ed.editor, 'PA1');
    expect(ed.selection).toEqual(['playArea:PA1']);
  });

  it('shows a problem with a site object where it is', () => {
    const ed = new TestEditor(withYard());
    showProblem(ed.editor, { path: 'site.equipment[0].at', message: '' });
    expect(ed.session.getState().siteView).toBe(true);
    expect(ed.selection).toEqual(['equipment:R1']);
    showProblem(ed.editor, { path: 'levels[0].rooms[1].polygon', message: '' });
    expect(ed.session.getState().siteView).toBe(false);
    expect(ed.selection).toEqual(['room:R2']);
  });
});
