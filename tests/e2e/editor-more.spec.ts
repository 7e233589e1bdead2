import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, screen, clickPlan, counts } from './support.ts';
import { readFileSync } from 'node:fs';
import { parsePlanText } from '../../src/model/validate.ts';

test.use({ viewport: { width: 1400, height: 900 } });

failOnPageErrors();

type View = { scale: number; x: number; y: number };
const viewOf = async (page: Page): Promise<View> => JSON.parse((await page.getByTestId('plan-canvas').getAttribute('data-view'))!) as View;



async function newPlan(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'New plan' }).click();
  await expect(page.getByTestId('empty-guide')).toBeVisible();
  await page.getByTestId('plan-canvas').focus();
}


test('Save .json downloads the plan with the default item sizes written in', async ({ page }) => {
  await newPlan(page);
  await page.keyboard.press('r');
  await page.keyboard.type('12 x 10');
  await page.keyboard.press('Enter');
  await clickPlan(page, 0, 0);
  await page.keyboard.press('i');
  await clickPlan(page, 30, 40);
  await expect(counts(page)).toHaveText('1 room · 0 doors · 0 windows · 1 item');

  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const file = await download;
  expect(file.suggestedFilename()).toBe('new-facility.json');
  const saved = parsePlanText(readFileSync((await file.path())!, 'utf8'));
  expect(saved.ok).toBe(true);
  if (!saved.ok) return;
  expect(saved.value.levels[0]!.rooms[0]!.polygon).toEqual([[0, 0], [144, 0], [144, 120], [0, 120]]);
  expect(saved.value.levels[0]!.items[0]).toMatchObject({ type: 'crib', size: [30, 55] });
  await expect(page.getByTestId('notice')).toContainText('Saved new-facility.json');
});

test('a room of any shape: click its corners, type a wall length, close with Enter', async ({ page }) => {
  await newPlan(page);
  await page.keyboard.press('p');
  await clickPlan(page, 0, 0);
  // East 20 ft (typed), then corners by clicking, then Enter closes the L.
  const east = await screen(page, 100, 0);
  await page.mouse.move(east.x, east.y);
  await page.keyboard.type("20'");
  await page.keyboard.press('Enter');
  await clickPlan(page, 240, 120);
  await clickPlan(page, 120, 120);
  await clickPlan(page, 120, 240);
  await clickPlan(page, 0, 240);
  await page.keyboard.press('Enter');
  await expect(counts(page)).toHaveText('1 room · 0 doors · 0 windows · 0 items');
  await page.getByTestId('tab-rooms').click();
  // 20' × 10' + 10' × 10' = 300 sq ft.
  await expect(page.getByTestId('room-row-R1').getByTestId('room-area')).toHaveText('300.0');
});

test('the wheel zooms about the pointer, space-drag and middle-drag pan, 0 fits', async ({ page }) => {
  await newPlan(page);
  await page.keyboard.press('r');
  await page.keyboard.type('10 x 10');
  await page.keyboard.press('Enter');
  await clickPlan(page, 0, 0);
  const corner = await screen(page, 120, 120);
  const before = await viewOf(page);

  await page.mouse.move(corner.x, corner.y);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => (await viewOf(page)).scale).toBeGreaterThan(before.scale * 1.2);
  // The corner stays under the pointer.
  const after = await screen(page, 120, 120);
  expect(Math.abs(after.x - corner.x)).toBeLessThan(1.5);
  expect(Math.abs(after.y - corner.y)).toBeLessThan(1.5);

  const v1 = await viewOf(page);
  await page.keyboard.down(' ');
  await page.mouse.down();
  await page.mouse.move(corner.x + 100, corner.y + 50, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up(' ');
  const v2 = await viewOf(page);
  expect([Math.round(v2.x - v1.x), Math.round(v2.y - v1.y)]).toEqual([100, 50]);
  // Panning moved nothing in the plan.
  await expect(page.getByTestId('undo')).toBeEnabled();
  await page.getByTestId('tab-rooms').click();
  await expect(page.getByTestId('room-row-R1').getByTestId('room-area')).toHaveText('100.0');

  await page.mouse.move(corner.x, corner.y);
  await page.mouse.down({ button: 'middle' });
  await page.mouse.move(corner.x - 40, corner.y - 20, { steps: 4 });
  await page.mouse.up({ button: 'middle' });
  const v3 = await viewOf(page);
  expect([Math.round(v3.x - v2.x), Math.round(v3.y - v2.y)]).toEqual([-40, -20]);

  await page.keyboard.press('-');
  expect((await viewOf(page)).scale).toBeCloseTo(v3.scale / 1.25, 5);
  await page.getByTestId('plan-canvas').focus();
  await page.keyboard.press('0');
  const fitted = await viewOf(page);
  const box = (await page.getByTestId('plan-canvas').boundingBox())!;
  // The 10' room fills the height less 48 px of margin each side (the 4 px/in cap aside).
  expect(fitted.scale).toBeCloseTo(Math.min((box.height - 96) / 120, 4), 1);
});

test('replacing a plan with unsaved changes asks first; no keeps it', async ({ page }) => {
  await newPlan(page);
  await page.keyboard.press('r');
  await page.keyboard.type('10 x 10');
  await page.keyboard.press('Enter');
  await clickPlan(page, 0, 0);
  let asked = '';
  page.once('dialog', (d) => {
    asked = d.message();
    void d.dismiss();
  });
  await page.getByRole('button', { name: 'New plan' }).click();
  expect(asked).toContain('not saved to a file');
  await expect(counts(page)).toHaveText('1 room · 0 doors · 0 windows · 0 items');
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'New plan' }).click();
  await expect(counts(page)).toHaveText('0 rooms · 0 doors · 0 windows · 0 items');
});

test('a finding frames what it is about and selects it', async ({ page }) => {
  await page.goto('/?sample=e2e-fixture');
  await expect(page.getByTestId('facility-name')).toHaveText('E2E Fixture Center');
  const before = await viewOf(page);
  const finding = page.locator('[data-check="travel.any-point"][data-subject="B1"]');
  // Whatever its status, its group may start folded (passes do): unfold it.
  await finding.locator('xpath=ancestor::details').evaluate((el: HTMLDetailsElement) => void (el.open = true));
  const travel = finding.getByRole('button');
  await travel.click();
  await expect(travel).toHaveAttribute('aria-current', 'true');
  await expect.poll(async () => (await viewOf(page)).scale).toBeGreaterThan(before.scale);
  await page.getByTestId('tab-properties').click();
  await expect(page.getByTestId('properties-room')).toContainText('Bathroom');
});

test('the Room tool has a Size box for those who would rather type into a field', async ({ page }) => {
  await newPlan(page);
  await page.getByTestId('tool-room-rect').click();
  const size = page.getByLabel('Size', { exact: true });
  await size.fill('8 x 6');
  await size.press('Enter');
  await expect(page.getByTestId('tool-hint')).toContainText('top-left corner');
  await clickPlan(page, 0, 0);
  await page.getByTestId('tab-rooms').click();
  await expect(page.getByTestId('room-row-R1').getByTestId('room-area')).toHaveText('48.0');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('two fingers pinch to zoom', async ({ page }) => {
    await page.goto('/?sample=e2e-fixture');
    await expect(page.getByTestId('facility-name')).toHaveText('E2E Fixture Center');
    const before = await viewOf(page);
    const box = (await page.getByTestId('plan-canvas').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [
          { x: cx - spread, y: cy, id: 1 },
          { x: cx + spread, y: cy, id: 2 },
        ],
      });
    await touch('touchStart', 40);
    for (let s = 50; s <= 120; s += 10) await touch('touchMove', s);
    await touch('touchEnd', 120);
    // Fingers 80 px apart, then 240: three times the zoom.
    await expect.poll(async () => (await viewOf(page)).scale / before.scale).toBeGreaterThan(2.5);
  });
});

test('an edit the plan format would refuse shows its problem, keeps the last findings, and undo clears it', async ({ page }) => {
  await newPlan(page);
  await page.keyboard.press('r');
  await page.keyboard.type('10 x 10');
  await page.keyboard.press('Enter');
  await clickPlan(page, 0, 0);
  await page.keyboard.press('i');
  await clickPlan(page, 60, 60);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('engine-status')).toContainText('Checked');

  // Drag the crib out of the room: every item must stand in a room.
  const from = await screen(page, 60, 60);
  const to = await screen(page, 60, 250);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
  await page.getByTestId('tab-findings').click();
  const problems = page.getByTestId('plan-problems');
  await expect(problems).toContainText('levels[0].items[0].at');
  await expect(problems).toContainText('is not inside any room');
  await expect(page.getByTestId('finding').first()).toBeAttached();

  await problems.getByRole('button').first().click();
  await page.getByTestId('tab-properties').click();
  await expect(page.getByTestId('properties-item')).toContainText('Crib');

  await page.getByTestId('plan-canvas').focus();
  await page.keyboard.press('Control+z');
  await expect(problems).toBeHidden();
});

test('the toolbar works from the keyboard alone: Tab to a tool, Space presses it', async ({ page }) => {
  await newPlan(page);
  await page.getByTestId('tool-measure').focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('tool-measure')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('plan-canvas')).toBeFocused();
  await page.getByTestId('tab-findings').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tab-rooms')).toBeFocused();
  await expect(page.getByTestId('tab-rooms')).toHaveAttribute('aria-selected', 'true');
});
