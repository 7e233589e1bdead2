/**
 * What every editor spec does the same way: fail on any uncaught error in the page, and turn plan inches into screen
 * pixels through the view the canvas reports (data-view), to click and drag on the plan with the real mouse.
 */
import { expect, test, type Page } from '@playwright/test';

export type PlanPoint = [number, number];

/** Registers the hooks that fail a test when the page threw, whatever the test itself checked. */
export function failOnPageErrors(): void {
  let pageErrors: string[] = [];
  test.beforeEach(({ page }) => {
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  test.afterEach(() => {
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  });
}

/** The screen point of a plan point (inches). */
export async function screen(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const canvas = page.getByTestId('plan-canvas');
  const view = JSON.parse((await canvas.getAttribute('data-view'))!) as { scale: number; x: number; y: number };
  const box = (await canvas.boundingBox())!;
  return { x: box.x + view.x + x * view.scale, y: box.y + view.y + y * view.scale };
}

export async function clickPlan(page: Page, x: number, y: number): Promise<void> {
  const p = await screen(page, x, y);
  await page.mouse.move(p.x, p.y);
  await page.mouse.click(p.x, p.y);
}

/** Press at one plan point, move to another in `steps` pointer moves, release. */
export async function dragPlan(page: Page, from: PlanPoint, to: PlanPoint, steps = 8): Promise<void> {
  const a = await screen(page, ...from);
  const b = await screen(page, ...to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps });
  await page.mouse.up();
}

export const counts = (page: Page) => page.getByTestId('level-counts');
