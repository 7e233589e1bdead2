import type { Plan } from '../../../src/model/schema.ts';
import { changedSiteKeys } from '../../../src/editor/canvas/gestureSplit.ts';
import { applyCommands } from '../../../src/editor/model/commands.ts';
import { freshId } from '../../../src/editor/model/ids.ts';
import { resolveSubject } from '../../../src/editor/model/refs.ts';
import { equipmentFallZone, playAreaFigures } from '../../../src/editor/geom/siteFigures.ts';
import { TestEditor, twoRooms } from './TestEditor.ts';

/** twoRooms with a yard south of the building: a 40' × 50' play area, a sand patch, a climber and a tree. */
function withYard(): Plan {
  const plan = twoRooms();
  return {
    ...plan,
    site: {
      playAreas: [{ id: 'PA1', name: 'Yard', polygon: [[0, 200], [480, 200], [480, 800], [0, 800]], fenceHeight: 48 }],
      surfaces: [{ id: 'SF1', polygon: [[120, 300], [360, 300], [360, 600], [120, 600]], material: 'sand', depth: 9 }],
      equipment: [{ id: 'EQ1', type: 'climber', at: [240, 450], size: [72, 72], height: 48 }],
      obstacles: [{ id: 'OB1', polygon: [[420, 700], [460, 700], [460, 740], [420, 740]], name: 'Oak' }],
    },
  };
}

const siteOf = (ed: TestEditor) => ed.plan.site!;

describe('the Site view', () => {
  it('is the level at grade, and a site tool switches to it; a building tool or a level tab switches back', () => {
    const ed = new TestEditor(withYard());
    expect(ed.session.getState().siteView).toBe(false);
    ed.key('a');
    expect(ed.editor.tool.id).toBe('play-area');
    expect(ed.session.getState().siteView).toBe(true);
    expect(ed.level.id).toBe('L1');
    ed.key('r');
    expect(ed.editor.tool.id).toBe('room-rect');
    expect(ed.session.getState().siteView).toBe(false);
    ed.editor.showSite(true);
    // A building tool gives way to Select in the Site view.
    expect(ed.editor.tool.id).toBe('select');
    ed.editor.setTool('equipment');
    ed.editor.setLevel('L1');
    expect(ed.session.getState().siteView).toBe(false);
    expect(ed.editor.tool.id).toBe('select');
  });

  it('picks only the site: equipment before the surface under it, the surface before the play area, never a room', () => {
    const ed = new TestEditor(withYard());
    ed.editor.showSite(true);
    ed.click(240, 450);
    expect(ed.selection).toEqual(['equipment:EQ1']);
    ed.click(150, 320);
    expect(ed.selection).toEqual(['surface:SF1']);
    ed.click(20, 220);
    expect(ed.selection).toEqual(['playArea:PA1']);
    ed.click(440, 720);
    expect(ed.selection).toEqual(['obstacle:OB1']);
    ed.click(60, 60); // inside room R1: the building is only a backdrop here
    expect(ed.selection).toEqual([]);
    ed.key('a', { ctrl: true });
    expect([...ed.selection].sort()).toEqual(['equipment:EQ1', 'obstacle:OB1', 'playArea:PA1', 'surface:SF1']);
    // And the building views pick no site object.
    ed.editor.showSite(false);
    ed.click(240, 450);
    expect(ed.selection).toEqual([]);
  });
});

describe('the site outline tools', () => {
  it('draws a play area by dragging: selected, named, fenced 4 ft, one undo step, then Select', () => {
    const ed = new TestEditor(twoRooms()).setTool('play-area');
    ed.drag([0, 204], [480, 804]);
    expect(siteOf(ed).playAreas).toEqual([{ id: 'PA1', name: 'Play area 1', polygon: [[0, 204], [480, 204], [480, 804], [0, 804]], fenceHeight: 48 }]);
    expect(ed.selection).toEqual(['playArea:PA1']);
    expect(ed.editor.tool.id).toBe('select');
    expect(ed.undoSteps).toBe(1);
    ed.expectValid();
    ed.undo();
    expect(ed.plan.site?.playAreas ?? []).toEqual([]);
  });

  it('draws one of a typed size, placed by its top-left corner', () => {
    const ed = new TestEditor(twoRooms()).setTool('play-area');
    ed.type("40' x 50'");
    expect(ed.editor.hint()).toContain("Size: 40' x 50'");
    ed.key('Enter');
    expect(ed.path).toBe('play-area.placing');
    ed.pointerMove(3, 199).click(3, 199);
    expect(siteOf(ed).playAreas![0]!.polygon).toEqual([[6, 198], [486, 198], [486, 798], [6, 798]]);
    expect(ed.notice).toMatch(/2,000 sq ft/);
    expect(playAreaFigures(siteOf(ed).playAreas![0]!)).toMatchObject({ areaSqFt: 2000, atOnce: 26, children: 78 });
    ed.expectValid();
  });

  it('draws an outline of any shape by its corners, with a typed side, closed on its first corner', () => {
    const ed = new TestEditor(twoRooms()).setTool('surface');
    ed.click(0, 204);
    expect(ed.path).toBe('surface.drawing');
    ed.click(240, 204);
    ed.pointerMove(240, 400).type('10').key('Enter'); // 10 ft toward the pointer: straight down
    ed.click(0, 324);
    ed.click(1, 205); // on the first corner: closes
    expect(siteOf(ed).surfaces![0]!.polygon).toEqual([[0, 204], [240, 204], [240, 324], [0, 324]]);
    expect(ed.editor.tool.id).toBe('select');
    ed.expectValid();
  });

  it('closes with Enter or a double-click, and refuses an outline that crosses itself', () => {
    const ed = new TestEditor(twoRooms()).setTool('obstacle');
    ed.click(0, 0).click(120, 120).click(120, 0).click(0, 120);
    const before = ed.plan;
    ed.key('Enter');
    expect(ed.plan).toBe(before);
    expect(ed.notice).toMatch(/Not drawn/);
    ed.key('Backspace').valueOf();
    ed.key('Enter');
    expect(siteOf(ed).obstacles).toHaveLength(1);
    expect(siteOf(ed).obstacles![0]).toMatchObject({ id: 'OB1', name: 'Tree', polygon: [[0, 0], [120, 120], [120, 0]] });
  });

  it('gives a surface the material picked and its table depth; obstacles their name; pools no fence until told', () => {
    const ed = new TestEditor(twoRooms()).setTool('surface');
    ed.editor.setToolState('surface', (s: { preset: string }) => ({ ...s, preset: 'sand' }));
    ed.drag([0, 204], [120, 324]);
    ed.setTool('surface');
    expect((ed.session.getState().toolStates.surface as { preset: string }).preset).toBe('sand');
    ed.editor.setToolState('surface', (s: { preset: string }) => ({ ...s, preset: 'rubber-mat' }));
    ed.drag([150, 204], [246, 324]);
    expect(siteOf(ed).surfaces).toEqual([
      { id: 'SF1', polygon: [[0, 204], [120, 204], [120, 324], [0, 324]], material: 'sand', depth: 9 },
      { id: 'SF2', polygon: [[150, 204], [246, 204], [246, 324], [150, 324]], material: 'rubber-mat' },
    ]);
    ed.setTool('obstacle').drag([300, 300], [348, 348]);
    ed.setTool('obstacle').drag([400, 300], [448, 348]);
    expect(siteOf(ed).obstacles!.map((o) => [o.id, o.name])).toEqual([['OB1', 'Tree'], ['OB2', 'Tree 2']]);
    ed.setTool('pool').click(0, 402).click(180, 402);
    ed.doubleClick(180, 582);
    expect(siteOf(ed).pools![0]).toMatchObject({ id: 'PL1', polygon: [[0, 402], [180, 402], [180, 582]], depth: 36, fenceHeight: 0, lockedGate: false });
    ed.expectValid();
  });

  it('Escape drops what is typed, then the outline, then goes back to Select', () => {
    const ed = new TestEditor(twoRooms()).setTool('pool');
    ed.click(0, 0).click(60, 0);
    ed.type('5');
    ed.key('Escape');
    expect(ed.path).toBe('pool.drawing');
    ed.key('Escape');
    expect(ed.path).toBe('pool.idle');
    ed.key('Escape');
    expect(ed.editor.tool.id).toBe('select');
    expect(ed.plan.site).toBeUndefined();
  });
});

describe('the equipment tool', () => {
  it("places the palette's piece with its catalogue size and heights, one click each, fresh ids, and stays on", () => {
    const ed = new TestEditor(withYard()).setTool('equipment');
    ed.click(240, 650);
    ed.editor.setToolState('equipment', (s: { type: string }) => ({ ...s, type: 'slide' }));
    ed.click(60, 400);
    const [, swing, slide] = siteOf(ed).equipment!;
    expect(swing).toEqual({ id: 'EQ2', type: 'swing', at: [240, 648], size: [120, 72], height: 24, pivotHeight: 96 });
    expect(slide).toMatchObject({ id: 'EQ3', type: 'slide', size: [36, 144], height: 48, exit: 90 });
    expect(ed.editor.tool.id).toBe('equipment');
    expect(ed.selection).toEqual(['equipment:EQ3']);
    expect(ed.undoSteps).toBe(2);
    ed.expectValid();
  });

  it('turns the next piece with Q/E (a slide’s exit with it) and says when a piece stands outside every play area', () => {
    const ed = new TestEditor(withYard()).setTool('equipment');
    ed.editor.setToolState('equipment', (s: { type: string }) => ({ ...s, type: 'slide' }));
    ed.key('e', { shift: true });
    ed.click(1000, 1000);
    expect(siteOf(ed).equipment![1]).toMatchObject({ rotation: 90, exit: 180 });
    expect(ed.notice).toMatch(/outside every play area/);
  });

  it('shows the fall zone the piece would have before it is placed', () => {
    const ed = new TestEditor(withYard()).setTool('equipment');
    ed.pointerMove(240, 650);
    const overlay = ed.editor.overlay();
    expect(overlay.filter((s) => s.type === 'polygon')).toHaveLength(1);
    const zone = overlay.find((s) => s.type === 'polyline');
    // A swing: 16 ft (twice the 8 ft pivot) in front of and behind the beam.
    const ys = zone && 'points' in zone ? zone.points.map((p) => p[1]) : [];
    expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(2 * 192, 6);
  });

  it('draws the fall zone the check measures: 6 ft around, 3 ft in an infant/toddler-only area', () => {
    const plan = withYard();
    const climber = plan.site!.equipment![0]!;
    const zone = equipmentFallZone(climber, plan.site);
    const xs = zone.zone[0]![0]!.map((p) => p[0]);
    expect(Math.min(...xs)).toBeCloseTo(240 - 36 - 72, 0);
    const toddlers = { ...plan.site!, playAreas: [{ ...plan.site!.playAreas![0]!, infantToddler: true }] };
    const small = equipmentFallZone(climber, toddlers);
    expect(Math.min(...small.zone[0]![0]!.map((p) => p[0]))).toBeCloseTo(240 - 36 - 36, 0);
  });
});

describe('select, move, turn, delete and duplicate on the site', () => {
  it('drags a piece of equipment as one undo step; Escape mid-drag puts it back', () => {
    const ed = new TestEditor(withYard());
    ed.editor.showSite(true);
    ed.click(240, 450).drag([240, 450], [300, 510], { release: false });
    expect(ed.path).toBe('select.dragging');
    expect(siteOf(ed).equipment![0]!.at).toEqual([300, 510]);
    ed.key('Escape');
    expect(siteOf(ed).equipment![0]!.at).toEqual([240, 450]);
    expect(ed.undoSteps).toBe(0);
    ed.pointerUp(300, 510);
    ed.drag([240, 450], [300, 510], { steps: 8 });
    expect(siteOf(ed).equipment![0]!.at).toEqual([300, 510]);
    expect(ed.undoSteps).toBe(1);
    ed.undo();
    expect(siteOf(ed).equipment![0]!.at).toEqual([240, 450]);
  });

  it('moves a play area with the arrow keys and reshapes it by a corner', () => {
    const ed = new TestEditor(withYard());
    ed.editor.showSite(true);
    ed.click(20, 220).key('ArrowRight');
    expect(siteOf(ed).playAreas![0]!.polygon[0]).toEqual([6, 200]);
    ed.drag([486, 800], [540, 860]);
    expect(siteOf(ed).playAreas![0]!.polygon[2]).toEqual([540, 858]);
    expect(ed.undoSteps).toBe(2);
    ed.expectValid();
  });

  it('turns equipment and outlines with Q/E', () => {
    const ed = new TestEditor(withYard());
    ed.editor.showSite(true);
    ed.click(240, 450).key('e');
    expect(siteOf(ed).equipment![0]!.rotation).toBe(15);
    ed.click(150, 320).key('e', { shift: true });
    // A 240 × 300 patch turned a quarter about its middle (240, 450).
    expect(siteOf(ed).surfaces![0]!.polygon).toEqual([[390, 330], [390, 570], [90, 570], [90, 330]]);
    ed.expectValid();
  });

  it('deletes with Delete and duplicates with Ctrl+D under a fresh id, 2 ft off', () => {
    const ed = new TestEditor(withYard());
    ed.editor.showSite(true);
    ed.click(240, 450).key('d', { ctrl: true });
    expect(siteOf(ed).equipment!.map((e) => [e.id, e.at])).toEqual([['EQ1', [240, 450]], ['EQ2', [264, 474]]]);
    expect(ed.selection).toEqual(['equipment:EQ2']);
    ed.click(440, 720).key('d', { ctrl: true });
    expect(siteOf(ed).obstacles![1]).toMatchObject({ id: 'OB2', name: 'Oak copy' });
    ed.key('Delete');
    expect(siteOf(ed).obstacles!.map((o) => o.id)).toEqual(['OB1']);
    expect(ed.selection).toEqual([]);
    ed.expectValid();
    ed.undo();
    expect(siteOf(ed).obstacles).toHaveLength(2);
  });

  it('duplicates several at once, each under an id of its own', () => {
    const ed = new TestEditor(withYard());
    ed.editor.showSite(true);
    ed.click(240, 450).click(440, 720, { shift: true }).key('d', { ctrl: true }).valueOf();
    ed.key('d', { ctrl: true });
    expect(siteOf(ed).equipment!.map((e) => e.id)).toEqual(['EQ1', 'EQ2', 'EQ3']);
    expect(siteOf(ed).obstacles!.map((o) => o.id)).toEqual(['OB1', 'OB2', 'OB3']);
    expect([...ed.selection].sort()).toEqual(['equipment:EQ3', 'obstacle:OB3']);
    expect(ed.undoSteps).toBe(2);
    ed.expectValid();
  });

  it('box-selects the site objects wholly inside the box', () => {
    const ed = new TestEditor(withYard());
    ed.editor.showSite(true);
    ed.drag([-20, 180], [500, 680]); // from outside the yard (a press on it would move it)
    expect([...ed.selection].sort()).toEqual(['equipment:EQ1', 'surface:SF1']);
    ed.drag([-20, 180], [500, 820]);
    expect([...ed.selection].sort()).toEqual(['equipment:EQ1', 'obstacle:OB1', 'playArea:PA1', 'surface:SF1']);
  });
});

describe('site commands and ids', () => {
  it('numbers ids per kind, apart from the building’s', () => {
    const plan = withYard();
    expect(freshId(plan, 'equipment')).toBe('EQ2');
    expect(freshId(plan, 'playArea')).toBe('PA2');
    expect(freshId(plan, 'pool')).toBe('PL1');
    expect(freshId(plan, 'room')).toBe('R3');
  });

  it('finds an outdoor finding’s subject on the site, and lists what a gesture changed', () => {
    const plan = withYard();
    expect(resolveSubject(plan, 'EQ1', undefined, true)?.ref).toEqual({ kind: 'equipment', id: 'EQ1' });
    expect(resolveSubject(plan, 'OB1')?.ref).toEqual({ kind: 'obstacle', id: 'OB1' });
    const moved = applyCommands(plan, [{ op: 'translate', refs: [{ kind: 'equipment', id: 'EQ1' }, { kind: 'surface', id: 'SF1' }], dx: 12, dy: 0 }]);
    expect(changedSiteKeys(plan.site, moved.site)).toEqual(['equipment:EQ1', 'surface:SF1']);
    expect(moved.levels).toBe(plan.levels);
    expect(moved.site!.playAreas).toBe(plan.site!.playAreas);
  });
});

describe('turning an outline', () => {
  it('turns about its centroid, so a turn and its reverse put it back', () => {
    const plan = withYard();
    const ell = [[0, 0], [240, 0], [240, 60], [60, 60], [60, 180], [0, 180]] as [number, number][];
    const site = { ...plan.site!, obstacles: [{ id: 'OB1', polygon: ell, name: 'Wall' }] };
    const ref = { kind: 'obstacle', id: 'OB1' } as const;
    const turned = applyCommands({ ...plan, site }, [{ op: 'rotate', refs: [ref], by: 15 }]);
    expect(turned.site!.obstacles![0]!.polygon).not.toEqual(ell);
    const back = applyCommands(turned, [{ op: 'rotate', refs: [ref], by: -15 }]);
    back.site!.obstacles![0]!.polygon.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(ell[i]![0], 2);
      expect(p[1]).toBeCloseTo(ell[i]![1], 2);
    });
  });
});
