import { calibrateTrace, placeTrace, type TraceImage } from '../../../src/editor/trace.ts';
import { TestEditor, twoRooms } from './TestEditor.ts';
import { toPlan } from '../../../src/editor/view.ts';

const IMAGE: TraceImage = { src: 'data:image/png;base64,', name: 'scan.png', width: 200, height: 100, x: 10, y: 20, scale: 1, opacity: 0.5, calibrated: false };

describe('the trace image', () => {
  it('is placed to fill most of what is on screen', () => {
    const t = placeTrace({ src: 'x', name: 'a.png', width: 200, height: 100 }, { minX: 0, minY: 0, maxX: 1000, maxY: 1000 });
    expect(t).toMatchObject({ scale: 4, x: 100, y: 300, opacity: 0.5, calibrated: false });
  });

  it('is rescaled about the first point so the two points lie the given distance apart', () => {
    const t = calibrateTrace(IMAGE, [10, 20], [110, 20], 294)!;
    expect(t).toMatchObject({ scale: 2.94, x: 10, y: 20, calibrated: true });
    const about = calibrateTrace(IMAGE, [60, 20], [110, 20], 100)!;
    // Doubled about (60, 20): the left edge moves from 10 to -40.
    expect(about).toMatchObject({ scale: 2, x: -40, y: 20 });
    expect(calibrateTrace(IMAGE, [0, 0], [0, 0], 12)).toBeNull();
  });
});

describe('the calibrate tool', () => {
  it("takes two clicks and a typed distance, rescales the level's trace (not the plan), and goes back to Select", () => {
    const ed = new TestEditor(twoRooms());
    const before = ed.plan;
    ed.editor.setTrace('level:L1', IMAGE);
    ed.setTool('calibrate');
    expect(ed.path).toBe('calibrate.first');
    ed.click(10, 20);
    expect(ed.path).toBe('calibrate.second');
    ed.click(110, 20);
    expect(ed.path).toBe('calibrate.distance');
    ed.type(`24' 6"`);
    expect(ed.editor.hint()).toContain(`24' 6"`);
    ed.key('Enter');
    expect(ed.session.getState().traces['level:L1']).toMatchObject({ scale: 2.94, x: 10, y: 20, calibrated: true });
    expect(ed.editor.tool.id).toBe('select');
    expect(ed.notice).toMatch(/Calibrated/);
    expect(ed.plan).toBe(before);
    expect(ed.undoSteps).toBe(0);
  });

  it('calibrates the trace of the view on screen: the site has its own', () => {
    const ed = new TestEditor(twoRooms());
    ed.editor.setTrace('level:L1', IMAGE);
    ed.editor.setTrace('site', { ...IMAGE, name: 'aerial.jpg' });
    ed.editor.showSite(true);
    expect(ed.editor.trace?.name).toBe('aerial.jpg');
    ed.setTool('calibrate').click(10, 20).click(10, 70).type('10').key('Enter');
    expect(ed.session.getState().traces.site).toMatchObject({ scale: 2.4 });
    expect(ed.session.getState().traces['level:L1']).toMatchObject({ scale: 1 });
    // Still in the Site view: calibrating works in both.
    expect(ed.session.getState().siteView).toBe(true);
  });

  it('says what it cannot read and waits for another distance; Escape stops', () => {
    const ed = new TestEditor(twoRooms());
    ed.editor.setTrace('level:L1', IMAGE);
    ed.setTool('calibrate').click(10, 20).click(110, 20).type('12 parsecs').key('Enter');
    expect(ed.path).toBe('calibrate.distance');
    expect(ed.notice).toMatch(/parsecs/);
    expect(ed.session.getState().traces['level:L1']!.scale).toBe(1);
    ed.key('Escape');
    expect(ed.editor.tool.id).toBe('select');
  });
});

describe('fit with a trace image', () => {
  it('shows the image when nothing is drawn over it yet', () => {
    const ed = new TestEditor();
    ed.editor.setViewport(1000, 600);
    ed.editor.setTrace('level:L1', { ...IMAGE, x: 5000, y: 5000, scale: 10 });
    ed.key('0');
    const view = ed.session.getState().view;
    const [cx, cy] = toPlan(view, [500, 300]);
    expect(cx).toBeCloseTo(6000, 6);
    expect(cy).toBeCloseTo(5500, 6);
  });
});
