import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, screen, clickPlan, dragPlan } from './support.ts';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { parsePlanText } from '../../src/model/validate.ts';

/*
 * The Site view, as a provider uses it: the building drawn faintly, a 40' × 50' fenced play area typed in, a swing set
 * (10' beam, 8' pivot) placed in it. Its fall zone (CPSC Pub. 325: 6 ft at the sides, twice the pivot height — 16 ft —
 * in front and behind) is drawn at once and fails outdoor.fall-zone: nothing covers it. Sand under it still fails (9"
 * of sand protects to 4 ft, the swing's fall height is its 8 ft pivot); wood chips (10 ft at 9") pass. Moving the
 * swing half off the chips fails again; one undo puts it back.
 *
 * And a trace image: a small PNG imported under the level, calibrated by two points 24' 6" apart, faded, kept in the
 * browser across a reload, never written into the plan file, removed.
 */

test.use({ viewport: { width: 1400, height: 900 } });

failOnPageErrors();

type View = { scale: number; x: number; y: number };
const canvas = (page: Page) => page.getByTestId('plan-canvas');




/** What Konva drew: the named shapes of the stage, with the attributes the site drawing gives them. */
async function drawn(page: Page, name: string): Promise<{ subject: string; status: string; stroke: string; opacity: number }[]> {
  return page.evaluate((selector) => {
    const Konva = (window as unknown as { Konva: { stages: { find(s: string): { getAttr(a: string): unknown; opacity(): number; getAbsoluteOpacity(): number }[] }[] } }).Konva;
    return Konva.stages[0]!.find(selector).map((n) => ({
      subject: String(n.getAttr('subject') ?? ''),
      status: String(n.getAttr('status') ?? ''),
      stroke: String(n.getAttr('stroke') ?? ''),
      opacity: n.getAbsoluteOpacity(),
    }));
  }, `.${name}`);
}

const fallZoneFinding = (page: Page, status: 'fail' | 'pass') => page.getByTestId(`findings-${status}`).locator('[data-check="outdoor.fall-zone"][data-subject="EQ1"]');

test('the Site view: a play area by typed size, a swing set, its fall zone failing until wood chips cover it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New plan' }).click();
  await canvas(page).focus();
  // The building: one 20' × 15' room at the origin.
  await page.keyboard.press('r');
  await page.keyboard.type('20 x 15');
  await page.keyboard.press('Enter');
  await clickPlan(page, 0, 0);
  await expect(page.getByTestId('level-counts')).toHaveText('1 room · 0 doors · 0 windows · 0 items');

  // The Site view: the site's tools, the building faint behind.
  await page.getByTestId('level-site').click();
  await expect(page.getByTestId('level-site')).toHaveAttribute('aria-selected', 'true');
  await expect(canvas(page)).toHaveAttribute('data-site-view', 'true');
  await expect(page.getByTestId('site-guide')).toBeVisible();
  await expect(page.getByTestId('tool-play-area')).toBeVisible();
  await expect(page.getByTestId('tool-room-rect')).toHaveCount(0);
  await expect(page.getByTestId('site-counts')).toHaveText('0 play areas · 0 surfaces · 0 pieces of equipment · 0 pools · 0 obstacles');
  const faint = await drawn(page, 'faint-building');
  expect(faint).toHaveLength(1);
  expect(faint[0]!.opacity).toBeCloseTo(0.3);

  // A 40' × 50' play area south of the building, by typed size.
  await page.keyboard.press('a');
  await page.keyboard.type("40' x 50'");
  await expect(page.getByTestId('tool-hint')).toContainText("Size: 40' x 50'");
  await page.keyboard.press('Enter');
  await clickPlan(page, 0, 204);
  await expect(page.getByTestId('properties-playArea')).toBeVisible();
  await expect(page.getByTestId('play-area-figures')).toHaveText('2,000 sq ft · serves 78 children (26 outside at once)');
  await expect(page.getByTestId('site-guide')).toBeHidden();
  await page.keyboard.press('0');

  // A swing set in the middle of it: its fall zone is drawn, and fails (no resilient surface).
  await page.keyboard.press('g');
  await expect(page.getByTestId('equipment-palette')).toBeVisible();
  await page.getByTestId('equipment-swing').click();
  await clickPlan(page, 240, 504);
  await expect(page.getByTestId('site-counts')).toHaveText('1 play area · 0 surfaces · 1 piece of equipment · 0 pools · 0 obstacles');
  await expect(page.getByTestId('properties-equipment')).toContainText('Swing set EQ1');
  await expect(page.getByTestId('fall-zone-status')).toHaveAttribute('data-status', 'fail');
  await expect(page.getByTestId('fall-zone-figures')).toContainText('16 ft in front of and behind the beam');
  await expect.poll(() => drawn(page, 'fall-zone')).toEqual([{ subject: 'EQ1', status: 'fail', stroke: '#b3261e', opacity: 1 }]);
  expect((await drawn(page, 'fall-zone-problem')).map((s) => s.subject)).toEqual(['EQ1']);
  await page.getByTestId('tab-findings').click();
  await expect(fallZoneFinding(page, 'fail')).toHaveCount(1);
  await expect(fallZoneFinding(page, 'fail')).toContainText('not covered by a resilient surface');

  // Sand under it, drawn by a size typed in the tool's box: still too little for an 8 ft fall height.
  await canvas(page).focus();
  await page.keyboard.press('s');
  await page.getByTestId('tool-option-material').selectOption('sand');
  await page.getByTestId('tool-option-input').fill("26' x 36'");
  await page.getByTestId('tool-option-input').press('Enter');
  await clickPlan(page, 84, 288);
  await expect(page.getByTestId('properties-surface')).toContainText('Sand SF1');
  await expect(page.getByTestId('surface-depth')).toHaveValue(`9"`);
  await page.getByTestId('tab-findings').click();
  await expect(fallZoneFinding(page, 'fail')).toContainText('8 ft fall height');
  await expect.poll(async () => (await drawn(page, 'fall-zone')).map((z) => z.status)).toEqual(['fail']);

  // Wood chips: the zone is covered, the finding passes, nothing is drawn red.
  await clickPlan(page, 100, 300);
  await page.getByTestId('tab-properties').click();
  await expect(page.getByTestId('properties-surface')).toBeVisible();
  await page.getByTestId('surface-material').selectOption('wood-chips');
  await page.getByTestId('tab-findings').click();
  await expect(fallZoneFinding(page, 'pass')).toHaveCount(1);
  await expect(fallZoneFinding(page, 'fail')).toHaveCount(0);
  await expect.poll(() => drawn(page, 'fall-zone')).toEqual([{ subject: 'EQ1', status: 'pass', stroke: '#2f7d32', opacity: 1 }]);
  expect(await drawn(page, 'fall-zone-problem')).toEqual([]);

  // Moving the swing 8 ft south takes its zone off the chips: it fails again; one undo brings it back.
  await canvas(page).focus();
  await page.keyboard.press('v');
  await clickPlan(page, 240, 504);
  await expect(page.getByTestId('properties-equipment')).toBeVisible();
  await dragPlan(page, [240, 504], [240, 600]);
  await expect(page.getByTestId('fall-zone-status')).toHaveAttribute('data-status', 'fail');
  await expect.poll(async () => (await drawn(page, 'fall-zone-problem')).map((s) => s.subject)).toEqual(['EQ1']);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('fall-zone-status')).toHaveAttribute('data-status', 'pass');
  await expect.poll(() => drawn(page, 'fall-zone-problem')).toEqual([]);

  // The plan saved: the site in the format's own fields.
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const saved = parsePlanText(readFileSync((await (await download).path())!, 'utf8'));
  expect(saved.ok).toBe(true);
  if (!saved.ok) return;
  expect(saved.value.site?.playAreas).toEqual([{ id: 'PA1', name: 'Play area 1', polygon: [[0, 204], [480, 204], [480, 804], [0, 804]], fenceHeight: 48 }]);
  expect(saved.value.site?.equipment).toEqual([{ id: 'EQ1', type: 'swing', at: [240, 504], size: [120, 72], height: 24, pivotHeight: 96 }]);
  expect(saved.value.site?.surfaces).toEqual([{ id: 'SF1', polygon: [[84, 288], [396, 288], [396, 720], [84, 720]], material: 'wood-chips', depth: 9 }]);
  await page.screenshot({ path: 'test-results/site.png' });

  // Back to the building: the level's tools again.
  await page.getByTestId('level-L1').click();
  await expect(canvas(page)).not.toHaveAttribute('data-site-view', 'true');
  await expect(page.getByTestId('tool-room-rect')).toBeVisible();
});

/** A `width` × `height` PNG of one colour, written by hand (zlib and a CRC are all a PNG needs). */
function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = table[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

type Trace = { x: number; y: number; scale: number; width: number; height: number; opacity: number; calibrated: boolean };
const traceOf = async (page: Page): Promise<Trace | null> => {
  const text = await canvas(page).getAttribute('data-trace');
  return text ? (JSON.parse(text) as Trace) : null;
};

test('a trace image: imported under the level, calibrated by two points and a typed distance, faded, kept out of the plan file', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByTestId('tab-properties').click();
  await expect(page.getByTestId('trace-panel')).toBeVisible();
  await page.getByTestId('trace-file-input').setInputFiles({ name: 'scan.png', mimeType: 'image/png', buffer: png(100, 50, [20, 60, 200]) });
  await expect(page.getByTestId('trace-facts')).toContainText('scan.png, 100 × 50 px');
  await expect(page.getByTestId('trace-facts')).toContainText('not calibrated yet');
  await expect.poll(async () => (await drawn(page, 'trace-image')).length).toBe(1);
  const placed = (await traceOf(page))!;
  expect(placed).toMatchObject({ width: 100, height: 50, opacity: 0.5, calibrated: false });

  // The image is drawn: the middle of it is the PNG's blue, half faded over the canvas.
  const middle = await screen(page, placed.x + 50 * placed.scale, placed.y + 25 * placed.scale);
  const box = (await canvas(page).boundingBox())!;
  const rgba = await page.evaluate(
    ({ x, y }) => {
      const layer = document.querySelectorAll<HTMLCanvasElement>('[data-testid="plan-canvas"] canvas')[1]!;
      const ratio = layer.width / layer.getBoundingClientRect().width;
      return Array.from(layer.getContext('2d')!.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data);
    },
    { x: middle.x - box.x, y: middle.y - box.y },
  );
  expect(rgba[2]).toBeGreaterThan(150);
  expect(rgba[0]).toBeLessThan(60);

  // Calibrate: two points 80 image pixels apart are 24' 6".
  await page.getByTestId('trace-calibrate').click();
  await expect(canvas(page)).toHaveAttribute('data-tool', 'calibrate');
  await clickPlan(page, placed.x + 10 * placed.scale, placed.y + 25 * placed.scale);
  await clickPlan(page, placed.x + 90 * placed.scale, placed.y + 25 * placed.scale);
  await expect(page.getByTestId('tool-hint')).toContainText('Type the real distance');
  await page.keyboard.type(`24' 6"`);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('notice')).toContainText(`Calibrated: the two points are 24'-6" apart`);
  await expect(canvas(page)).toHaveAttribute('data-tool', 'select');
  const calibrated = (await traceOf(page))!;
  expect(calibrated.calibrated).toBe(true);
  expect(calibrated.scale * 80).toBeCloseTo(294, -0.5); // within an inch or two: clicks land on whole pixels
  // The first point stayed put.
  expect(calibrated.x + 10 * calibrated.scale).toBeCloseTo(placed.x + 10 * placed.scale, 0);
  await expect(page.getByTestId('trace-facts')).toContainText('calibrated');
  await expect(page.getByTestId('trace-facts')).not.toContainText('not calibrated');

  // Fade it.
  await page.getByTestId('trace-opacity').fill('80');
  await expect.poll(async () => (await traceOf(page))?.opacity).toBe(0.8);

  // Kept in this browser (IndexedDB), by plan name: a reload brings it back with the plan.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<number | null>((resolve) => {
            const req = indexedDB.open('safeplan-traces');
            req.onsuccess = () => {
              const get = req.result.transaction('traces').objectStore('traces').get('untitled.json');
              get.onsuccess = () => resolve((get.result as Record<string, { opacity: number }> | undefined)?.['level:L1']?.opacity ?? null);
              get.onerror = () => resolve(null);
            };
            req.onerror = () => resolve(null);
          }),
      ),
    )
    .toBe(0.8);
  await page.reload();
  await expect(page.getByTestId('restored-note')).toBeVisible();
  await expect.poll(async () => (await traceOf(page))?.scale).toBeCloseTo(calibrated.scale, 6);
  expect((await traceOf(page))!.opacity).toBe(0.8);

  // Never in the plan file.
  await canvas(page).focus();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const text = readFileSync((await (await download).path())!, 'utf8');
  expect(parsePlanText(text).ok).toBe(true);
  expect(text).not.toContain('data:image');
  expect(text).not.toContain('scan.png');

  // Removed.
  await page.getByTestId('tab-properties').click();
  await page.getByTestId('trace-remove').click();
  await expect(canvas(page)).not.toHaveAttribute('data-trace', /.+/);
  await expect(page.getByTestId('trace-import')).toBeVisible();
  expect(await drawn(page, 'trace-image')).toEqual([]);
});
