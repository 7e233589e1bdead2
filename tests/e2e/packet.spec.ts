import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';

// One click from a plan on screen to the licensure packet (issue: licensure packet, "Export").
test('the packet downloads as a PDF with the diagrams, the report and a poster per child-care room', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/?sample=small-center');
  await expect(page.getByTestId('facility-name')).toContainText('Little Acorns');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('packet-pdf').click()]);
  expect(download.suggestedFilename()).toMatch(/-packet\.pdf$/);
  const path = await download.path();
  const bytes = readFileSync(path!);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const pdf = await PDFDocument.load(bytes);
  // facility diagram + outdoor diagram + report pages + one evacuation poster (one child-care room)
  expect(pdf.getPageCount()).toBeGreaterThanOrEqual(4);
  expect(errors).toEqual([]);
});
