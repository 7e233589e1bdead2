import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, screen, clickPlan, dragPlan, counts } from './support.ts';

/*
 * Doors stay on their walls, with the mouse and the keyboard only: a door dragged along its wall and on past the
 * corner stops at the corner, still whole on the wall; a corner removed from a wall with a door on it carries the door
 * onto the wall that is left. The plan is read back from the browser's autosave (what a reload would restore).
 */

test.use({ viewport: { width: 1400, height: 900 } });

failOnPageErrors();

type Pt = [number, number];
type SavedPlan = { levels: { rooms: { id: string; polygon: Pt[] }[]; doors: { id: string; a: Pt; b: Pt; rooms: [string, string] }[] }[] };




/** The plan as autosaved after the last committed edit. */
const saved = (page: Page): Promise<SavedPlan> => page.evaluate(() => JSON.parse(localStorage.getItem('safeplan.autosave.v1')!).plan as SavedPlan);
/** A door on a level wall, as [west jamb x, east jamb x, y of both]. */
const span = (d: { a: Pt; b: Pt }) => [Math.min(d.a[0], d.b[0]), Math.max(d.a[0], d.b[0]), d.a[1] === d.b[1] ? d.a[1] : NaN];
const door0 = async (page: Page) => (await saved(page)).levels[0]!.doors[0]!;

async function roomWithExit(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByTestId('plan-canvas').focus();
  await page.keyboard.press('r');
  await page.keyboard.type("12' x 10'");
  await page.keyboard.press('Enter');
  await clickPlan(page, 0, 0);
  await expect(counts(page)).toHaveText('1 room · 0 doors · 0 windows · 0 items');
}

test('a door dragged along its wall and past the corner stays whole on the wall', async ({ page }) => {
  await roomWithExit(page);
  await page.keyboard.press('d');
  await clickPlan(page, 72, 120);
  await expect(page.getByTestId('door-sides')).toHaveText('Room 1 ↔ Outside · an exit');
  await page.keyboard.press('Escape');
  expect(span(await door0(page))).toEqual([54, 90, 120]);

  // Along the wall, then well past its east corner and a little off it: it stops 2" short of the corner.
  await dragPlan(page, [72, 120], [260, 128], 12);
  await expect.poll(async () => span(await door0(page))).toEqual([106, 142, 120]);
  expect((await door0(page)).rooms).toEqual(['R1', 'outside']);
  await page.getByTestId('tab-findings').click();
  await expect(page.getByTestId('plan-problems')).toBeHidden();

  // Straight away from the wall: it stays where it is.
  await dragPlan(page, [124, 120], [124, 220], 12);
  expect(span(await door0(page))).toEqual([106, 142, 120]);
  await page.getByTestId('plan-canvas').focus();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => span(await door0(page))).toEqual([54, 90, 120]);
});

test('removing a corner of a wall with a door carries the door onto the wall that is left', async ({ page }) => {
  await roomWithExit(page);
  // A shallow bay in the south wall: a corner added by double-click, dragged 1' out.
  await clickPlan(page, 60, 60);
  await expect(page.getByTestId('properties-room')).toBeVisible();
  const edge = await screen(page, 96, 120);
  await page.mouse.move(edge.x, edge.y);
  await page.mouse.dblclick(edge.x, edge.y);
  await expect.poll(async () => (await saved(page)).levels[0]!.rooms[0]!.polygon.length).toBe(5);
  await dragPlan(page, [96, 120], [96, 132], 12);
  await expect.poll(async () => (await saved(page)).levels[0]!.rooms[0]!.polygon).toContainEqual([96, 132]);

  // A door on the slanted wall from the east corner to the bay's tip.
  await page.keyboard.press('d');
  await clickPlan(page, 120, 126);
  await expect(counts(page)).toHaveText('1 room · 1 door · 0 windows · 0 items');
  const before = await door0(page);
  expect(before.a[1]).not.toBe(before.b[1]);

  // Select the room, point at the bay's corner, Delete.
  await page.keyboard.press('Escape');
  await clickPlan(page, 60, 60);
  const tip = await screen(page, 96, 132);
  await page.mouse.move(tip.x, tip.y);
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await saved(page)).levels[0]!.rooms[0]!.polygon.length).toBe(4);
  const door = await door0(page);
  expect([door.a[1], door.b[1]]).toEqual([120, 120]);
  expect(Math.hypot(door.b[0] - door.a[0], door.b[1] - door.a[1])).toBeCloseTo(36, 1);
  await expect(counts(page)).toHaveText('1 room · 1 door · 0 windows · 0 items');
  await page.getByTestId('tab-findings').click();
  await expect(page.getByTestId('plan-problems')).toBeHidden();
});

/** The texts of the dimension labels Konva drew. */
const dimensionTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const Konva = (window as unknown as { Konva: { stages: { find(s: string): { getText(): { text(): string } }[] }[] } }).Konva;
    return Konva.stages[0]!.find('.dimension').map((n) => n.getText().text());
  });

test('a room drawn beside another snaps a wall away, at the thickness chosen, with its lengths shown while drawn', async ({ page }) => {
  await roomWithExit(page);
  await page.keyboard.press('r');
  await expect(page.getByTestId('tool-option-wall')).toHaveValue('5');
  const a = await screen(page, 147, 3);
  const b = await screen(page, 260, 120);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 8 });
  // Mid-drag: every edge of the rectangle has its length beside it.
  await expect.poll(async () => (await dimensionTexts(page)).sort()).toEqual([`10'-0"`, `10'-0"`, `9'-1"`, `9'-1"`]);
  await page.mouse.up();
  await expect(counts(page)).toHaveText('2 rooms · 0 doors · 0 windows · 0 items');
  expect((await saved(page)).levels[0]!.rooms[1]!.polygon[0]).toEqual([149, 0]);
  // The selected room shows its walls' lengths.
  await expect.poll(async () => (await dimensionTexts(page)).length).toBe(4);

  await page.keyboard.press('Control+z');
  await page.keyboard.press('r');
  await page.getByTestId('tool-option-wall').selectOption('8');
  await page.getByTestId('plan-canvas').focus();
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 8 });
  await page.mouse.up();
  await expect(counts(page)).toHaveText('2 rooms · 0 doors · 0 windows · 0 items');
  expect((await saved(page)).levels[0]!.rooms[1]!.polygon[0]).toEqual([152, 0]);
});
