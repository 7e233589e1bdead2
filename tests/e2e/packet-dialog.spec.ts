import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';

// The packet dialog (issue: licensure packet, "Export"): choose the parts, export any single page as PNG or SVG,
// print from the browser.

async function openDialog(page: Page) {
  await page.goto('/?sample=small-center');
  await expect(page.getByTestId('facility-name')).toContainText('Little Acorns');
  // Each test has a browser context of its own, so no choice is remembered yet: the defaults show.
  await page.getByTestId('packet-options').click();
  const dialog = page.getByTestId('packet-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('packet-page').first()).toBeVisible({ timeout: 30_000 });
  return dialog;
}

async function pdfPages(page: Page, click: () => Promise<void>): Promise<number> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  expect(download.suggestedFilename()).toMatch(/-packet\.pdf$/);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  return (await PDFDocument.load(bytes)).getPageCount();
}

test('choosing the parts: without the posters the PDF has fewer pages, and the choice is remembered', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const dialog = await openDialog(page);
  // Everything by default.
  for (const part of ['facility', 'outdoor', 'report', 'evacuation']) await expect(dialog.getByTestId(`packet-part-${part}`)).toBeChecked();
  const all = await pdfPages(page, () => dialog.getByTestId('packet-dialog-pdf').click());
  const listed = await dialog.getByTestId('packet-page').count();
  expect(all).toBe(listed);

  // By keyboard: the posters' checkbox toggled with Space.
  await dialog.getByTestId('packet-part-evacuation').focus();
  await page.keyboard.press('Space');
  await expect(dialog.getByTestId('packet-part-evacuation')).not.toBeChecked();
  await expect(dialog.getByTestId('packet-page')).toHaveCount(listed - 1); // small-center: one child-care room
  const fewer = await pdfPages(page, () => dialog.getByTestId('packet-dialog-pdf').click());
  expect(fewer).toBe(all - 1);

  // Esc closes the dialog; the one-click button makes the packet last chosen, after a reload too.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.getByTestId('facility-name')).toContainText('Little Acorns');
  expect(await pdfPages(page, () => page.getByTestId('packet-pdf').click())).toBe(fewer);
  expect(errors).toEqual([]);
});

test('any page downloads as a PNG drawn at 150 dpi, or as its SVG', async ({ page }) => {
  const dialog = await openDialog(page);
  const first = dialog.getByTestId('packet-page').first();
  await expect(first).toContainText('Facility diagram');
  const [png] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), dialog.getByTestId('page-png-0').click()]);
  expect(png.suggestedFilename()).toMatch(/^small-center-01-facility-L1\.png$/);
  const bytes = readFileSync((await png.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // IHDR: width and height of a Letter sheet at 150 dpi, one way round or the other.
  const size = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)].sort((a, b) => a - b);
  expect(size).toEqual([1275, 1650]);
  // A drawn page, not a blank one: a white 1275 x 1650 PNG compresses to a few kilobytes.
  expect(bytes.length).toBeGreaterThan(40_000);

  const [svg] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), dialog.getByTestId('page-svg-0').click()]);
  expect(svg.suggestedFilename()).toBe('small-center-01-facility-L1.svg');
  const text = readFileSync((await svg.path())!, 'utf8');
  expect(text).toContain('<svg');
  expect(text).toContain('FACILITY DIAGRAM');
});

test('print puts each chosen page on its own sheet for print media only, and opens the print dialog', async ({ page }) => {
  const dialog = await openDialog(page);
  await dialog.getByTestId('packet-part-report').uncheck();
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  const count = await dialog.getByTestId('packet-page').count();
  await dialog.getByTestId('packet-print').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  const sheets = page.locator('#packet-print .print-sheet');
  await expect(sheets).toHaveCount(count);
  // On screen the sheets stay out of sight.
  await expect(sheets.first()).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  for (let i = 0; i < count; i++) await expect(sheets.nth(i)).toBeVisible();
  await expect(page.getByTestId('packet-dialog')).toBeHidden();
  await expect(page.locator('.app-header')).toBeHidden();
  // Each sheet its own paper: Letter, in points of CSS (96 per inch).
  const boxes = await sheets.evaluateAll((els) => els.map((e) => [Math.round(e.getBoundingClientRect().width), Math.round(e.getBoundingClientRect().height)].sort((a, b) => a - b)));
  for (const b of boxes) expect(b).toEqual([816, 1056]);
  await expect(sheets.first()).toContainText('FACILITY DIAGRAM');
  await expect(sheets.last()).toContainText('EMERGENCY EVACUATION PLAN');
  const rules = await page.locator('#packet-print-pages').textContent();
  expect(rules).toMatch(/@page sp-\d+x\d+ \{ size: (8\.5in 11in|11in 8\.5in); margin: 0; \}/);
});

test('the facility telephone and the tornado shelter, set in the properties, reach the diagram and the poster', async ({ page }) => {
  await page.goto('/?sample=small-center');
  await expect(page.getByTestId('facility-name')).toContainText('Little Acorns');
  await page.getByTestId('tab-properties').click();
  const phone = page.getByTestId('facility-phone');
  await phone.fill('573-555-0199');
  await phone.press('Enter');
  await page.getByTestId('tab-rooms').click();
  await page.getByTestId('room-row-PRE').getByRole('button').click();
  await page.getByTestId('tab-properties').click();
  await expect(page.getByTestId('properties-room')).toBeVisible();
  await page.getByTestId('room-tornado-shelter').check();

  await page.getByTestId('packet-options').click();
  const dialog = page.getByTestId('packet-dialog');
  const svgOf = async (title: RegExp) => {
    const row = dialog.getByTestId('packet-page').filter({ hasText: title });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), row.getByRole('button', { name: /SVG/ }).click()]);
    return readFileSync((await download.path())!, 'utf8');
  };
  const diagram = await svgOf(/Facility diagram/);
  expect(diagram).toContain('Tel. 573-555-0199');
  expect(diagram).toContain('Tornado shelter area, 090(1)(C)2');
  const poster = await svgOf(/Evacuation plan/);
  expect(poster).toContain('>573-555-0199<');
  expect(poster).toContain('Stay in this room');
});
