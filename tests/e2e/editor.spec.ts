import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, screen, clickPlan, counts } from './support.ts';

/*
 * A new user draws a small infant room and a bathroom with the mouse and the keyboard only, and watches the
 * capacity and the findings follow. The figures are the rules' arithmetic on this plan (engine: buildReport):
 *   Room 1, 12' x 10' = 120 sq ft of child-care space; Room 2, 10' x 10', a bathroom with 1 toilet and 1 sink.
 *   preschool (no ages set): 120 ÷ 35 = 3 children (space.preschool), toilets allow 20   → capacity 3
 *   infants: 120 sq ft at 45 sq ft each (new licensing) = 2 children (space.infant-toddler) → capacity 2
 *   four 30" x 55" cribs side by side, 6" apart: none has a clear 24" aisle along a long side → 4 × sleep.aisle fails
 */

test.use({ viewport: { width: 1400, height: 900 } });

failOnPageErrors();



const failing = (page: Page, check: string) => page.getByTestId('findings-fail').locator(`[data-check="${check}"]`);

test('a new user draws, furnishes and checks a plan, and finds it again after a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New plan' }).click();
  await expect(page.getByTestId('facility-name')).toHaveText('New facility');
  await expect(page.getByTestId('empty-guide')).toContainText('Draw your first room');
  await expect(counts(page)).toHaveText('0 rooms · 0 doors · 0 windows · 0 items');
  await page.getByTestId('plan-canvas').focus();

  // Two rooms from typed sizes, 6" apart (a wall).
  await page.keyboard.press('r');
  await page.keyboard.type("12' x 10'");
  await expect(page.getByTestId('tool-hint')).toContainText("Size: 12' x 10'");
  await page.keyboard.press('Enter');
  await clickPlan(page, 0, 0);
  await expect(counts(page)).toHaveText('1 room · 0 doors · 0 windows · 0 items');
  await expect(page.getByTestId('empty-guide')).toBeHidden();
  await page.keyboard.press('r');
  await page.keyboard.type('10 x 10');
  await page.keyboard.press('Enter');
  await clickPlan(page, 150, 0);
  await expect(counts(page)).toHaveText('2 rooms · 0 doors · 0 windows · 0 items');
  await page.getByTestId('tab-rooms').click();
  await expect(page.getByTestId('room-row-R1').getByTestId('room-area')).toHaveText('120.0');
  await expect(page.getByTestId('room-row-R2').getByTestId('room-area')).toHaveText('100.0');

  // A door between them, found across the wall, and an exit on an outside wall.
  await page.keyboard.press('d');
  await clickPlan(page, 144, 60);
  await expect(page.getByTestId('door-sides')).toHaveText('Room 1 ↔ Room 2');
  await clickPlan(page, 72, 120);
  await expect(page.getByTestId('door-sides')).toHaveText('Room 1 ↔ Outside · an exit');
  await expect(counts(page)).toHaveText('2 rooms · 2 doors · 0 windows · 0 items');

  // Room 2 becomes the bathroom, with a toilet and a sink: the capacity is now set by Room 1's space.
  await page.keyboard.press('Escape');
  await clickPlan(page, 240, 100);
  await page.getByTestId('room-use').selectOption('bathroom');
  await page.getByTestId('plan-canvas').focus();
  await page.keyboard.press('i');
  await page.getByTestId('palette-toilet').click();
  await clickPlan(page, 250, 20);
  await page.getByTestId('palette-sink').click();
  await clickPlan(page, 200, 10);
  await expect(counts(page)).toHaveText('2 rooms · 2 doors · 0 windows · 2 items');
  await expect(page.getByTestId('capacity-licensed')).toHaveText('3');
  await expect(page.getByTestId('capacity-binding')).toHaveText('space.preschool');

  // Room 1 is for infants: 45 sq ft each.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await clickPlan(page, 100, 100);
  await expect(page.getByTestId('properties-room')).toContainText('Room 1');
  await page.getByTestId('room-ages').getByLabel('Infants (under 12 months)').check();
  await expect(page.getByTestId('capacity-licensed')).toHaveText('2');
  await expect(page.getByTestId('capacity-binding')).toHaveText('space.infant-toddler');

  // Four cribs in a row: no aisles.
  await page.getByTestId('plan-canvas').focus();
  await page.keyboard.press('i');
  await page.getByTestId('palette-crib').click();
  for (const x of [20, 56, 92, 128]) await clickPlan(page, x, 35);
  await expect(counts(page)).toHaveText('2 rooms · 2 doors · 0 windows · 6 items');
  await page.getByTestId('tab-findings').click();
  await expect(failing(page, 'sleep.aisle')).toHaveCount(4);
  await expect(page.getByTestId('findings-fail')).toContainText('has no clear 2 ft aisle');

  // Undo takes back the last crib, redo puts it back.
  await page.keyboard.press('Control+z');
  await expect(counts(page)).toHaveText('2 rooms · 2 doors · 0 windows · 5 items');
  await expect(failing(page, 'sleep.aisle')).toHaveCount(2);
  await page.keyboard.press('Control+Shift+z');
  await expect(counts(page)).toHaveText('2 rooms · 2 doors · 0 windows · 6 items');
  await expect(failing(page, 'sleep.aisle')).toHaveCount(4);

  // A finding shows what it is about on the plan.
  await failing(page, 'sleep.aisle').first().getByRole('button').click();
  await expect(failing(page, 'sleep.aisle').first().getByRole('button')).toHaveAttribute('aria-current', 'true');

  // The plan survives a reload.
  await expect(page.getByTestId('save-status')).toHaveText('Saved in this browser');
  await page.reload();
  await expect(page.getByTestId('restored-note')).toContainText('Restored your last plan');
  await expect(counts(page)).toHaveText('2 rooms · 2 doors · 0 windows · 6 items');
  await expect(page.getByTestId('capacity-licensed')).toHaveText('2');
  await expect(failing(page, 'sleep.aisle')).toHaveCount(4);

  // A broken file is refused with its errors; the plan stays.
  await page.getByTestId('open-file-input').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'safeplan.plan', version: 1, facility: { name: 'X', kind: 'center' }, levels: [] })),
  });
  const errors = page.getByTestId('plan-errors');
  await expect(errors).toContainText('broken.json');
  await expect(errors.getByTestId('plan-error').filter({ hasText: /^levels: / })).toHaveCount(1);
  await expect(errors.getByTestId('plan-error').filter({ hasText: /^facility\.licensing: / })).toHaveCount(1);
  await expect(page.getByTestId('facility-name')).toHaveText('New facility');
  await expect(counts(page)).toHaveText('2 rooms · 2 doors · 0 windows · 6 items');
  await expect(page.getByTestId('capacity-licensed')).toHaveText('2');

  await page.screenshot({ path: 'test-results/editor.png' });
});

test('Escape puts back a room being dragged; the whole drag is one undo step', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByTestId('plan-canvas').focus();
  await page.keyboard.press('r');
  await page.keyboard.type("10' x 8'");
  await page.keyboard.press('Enter');
  await clickPlan(page, 0, 0);
  await page.getByTestId('tab-rooms').click();
  const area = page.getByTestId('room-row-R1').getByTestId('room-area');
  await expect(area).toHaveText('80.0');

  // Drag it 5 ft right, then Escape before letting go: it is back where it was.
  const from = await screen(page, 60, 48);
  const to = await screen(page, 120, 48);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await expect(page.getByTestId('tool-hint')).toContainText('Moving');
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await expect(page.getByTestId('undo')).toBeEnabled();
  // One undo (the room's creation) leaves nothing: the cancelled drag made no step.
  await page.keyboard.press('Control+z');
  await expect(counts(page)).toHaveText('0 rooms · 0 doors · 0 windows · 0 items');
  await page.keyboard.press('Control+Shift+z');

  // A real drag: one step.
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.press('Control+z');
  await expect(counts(page)).toHaveText('1 room · 0 doors · 0 windows · 0 items');
  // Back at the start: a click where it was selects it again.
  await clickPlan(page, 10, 10);
  await expect(page.getByTestId('properties-room')).toBeVisible();
});

test('lengths are typed as feet and inches, and what cannot be read is said under the field', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByTestId('plan-canvas').focus();
  await page.keyboard.press('r');
  await page.keyboard.type('12 x 12');
  await page.keyboard.press('Enter');
  await clickPlan(page, 0, 0);
  const ceiling = page.getByTestId('room-ceiling');
  await ceiling.fill('7 ft 2');
  await expect(page.getByTestId('properties-room').getByRole('alert')).toBeHidden();
  await ceiling.fill('seven feet');
  await expect(page.getByTestId('properties-room').getByRole('alert')).toContainText('seven feet');
  await ceiling.press('Enter');
  await expect(ceiling).toHaveAttribute('aria-invalid', 'true');
  await ceiling.fill(`7' 2"`);
  await ceiling.press('Enter');
  await expect(ceiling).toHaveValue(`7' 2"`);
  await page.getByTestId('tab-findings').click();
  await expect(failing(page, 'indoor.ceiling')).toHaveCount(1);
});

test('the shortcuts are listed under ?', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByTestId('plan-canvas').focus();
  await page.keyboard.press('?');
  const help = page.getByTestId('help-panel');
  await expect(help).toBeVisible();
  for (const key of ['V', 'R', 'P', 'D', 'W', 'I', 'M', 'Ctrl+Z / Ctrl+Shift+Z', 'Q / E', 'F / H']) await expect(help.locator('kbd', { hasText: key }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});
