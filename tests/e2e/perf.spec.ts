import { expect, test, type Page } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateFacility } from '../../bench/generate.ts';
import { pointInRing } from '../../src/geometry/contains.ts';
import { ringArea } from '../../src/geometry/area.ts';
import type { Plan } from '../../src/model/schema.ts';

/*
 * Figures, not pass/fail: how smooth a drag is on a 200-room plan, and how long an edit takes to reach the findings
 * panel. Printed for the record; the assertions only check that the measurement happened.
 *   frame time: requestAnimationFrame deltas while a room is dragged for 60 frames (one pointer move a frame, as a
 *               mouse delivers them), p95 — target under 20 ms;
 *   refresh:    from a key press that moves a room (one undo step) to the findings panel showing the new report —
 *               target under 150 ms.
 * Measured on a production build (vite build + vite preview): the development server's React adds owner stacks
 * and StrictMode double renders that multiply render costs several times over.
 *
 * Skipped unless SAFEPLAN_PERF=1 (the build alone takes a good part of a minute): `SAFEPLAN_PERF=1 npx playwright test perf`.
 */

test.use({ viewport: { width: 1400, height: 900 } });
test.describe.configure({ timeout: 180_000, mode: 'serial' });
// A production build and figures for the record, not pass/fail: kept out of the everyday run (and CI's time budget).
const PERF = process.env.SAFEPLAN_PERF === '1';
test.skip(!PERF, 'performance figures: run with SAFEPLAN_PERF=1');

const PORT = 5175;
const BASE = `http://localhost:${PORT}`;
let server: ChildProcess | null = null;
let dist = '';

test.beforeAll(async () => {
  if (!PERF) return;
  test.setTimeout(120_000);
  dist = mkdtempSync(join(tmpdir(), 'safeplan-perf-'));
  execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'ignore' });
  server = spawn('npx', ['vite', 'preview', '--outDir', dist, '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the preview server did not start');
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid);
  if (dist) rmSync(dist, { recursive: true, force: true });
});

const percentile = (xs: readonly number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};
const round = (n: number) => Math.round(n * 10) / 10;

/** A point inside a sizeable room, clear of its items (a click there selects the room), in plan inches. */
function roomToGrab(plan: Plan): [number, number] {
  const level = plan.levels[0]!;
  const rooms = level.rooms.filter((r) => r.polygon.length <= 8).sort((a, b) => ringArea(b.polygon) - ringArea(a.polygon));
  for (const room of rooms) {
    const xs = room.polygon.map((p) => p[0]);
    const ys = room.polygon.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    for (let fy = 0.5; fy < 1; fy += 0.1) {
      for (let fx = 0.5; fx < 1; fx += 0.1) {
        const p: [number, number] = [x0 + (x1 - x0) * fx, y0 + (y1 - y0) * fy];
        const clear = level.items.every((i) => Math.hypot(i.at[0] - p[0], i.at[1] - p[1]) > 60);
        if (clear && pointInRing(p, room.polygon) === 'inside') return p;
      }
    }
  }
  throw new Error('no room to grab');
}

async function toScreen(page: Page, p: readonly [number, number]) {
  const canvas = page.getByTestId('plan-canvas');
  const view = JSON.parse((await canvas.getAttribute('data-view'))!) as { scale: number; x: number; y: number };
  const box = (await canvas.boundingBox())!;
  return { x: box.x + view.x + p[0] * view.scale, y: box.y + view.y + p[1] * view.scale };
}

/** Presses on the room, then moves it one step per animation frame for `frames` frames; returns the frame deltas. */
async function dragFrames(page: Page, at: { x: number; y: number }, frames: number): Promise<number[]> {
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  const deltas = await page.evaluate(
    ({ x0, y0, frames }) =>
      new Promise<number[]>((resolve) => {
        const el = document.querySelector('[data-testid="plan-canvas"]')!;
        const times: number[] = [];
        let i = 0;
        const frame = (t: number) => {
          times.push(t);
          if (i++ >= frames) {
            resolve(times.slice(2).map((t, k) => t - times[k + 1]!));
            return;
          }
          el.dispatchEvent(new PointerEvent('pointermove', { clientX: x0 + i * 3, clientY: y0 + i * 1.5, pointerId: 1, pointerType: 'mouse', isPrimary: true, buttons: 1, bubbles: true }));
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    { x0: at.x, y0: at.y, frames: frames + 1 },
  );
  await page.mouse.up();
  return deltas;
}

/** From a 1" nudge of the selected room (Alt+ArrowUp/Down: its walls are thicker than that) to the findings panel showing the new report. */
async function refreshTimes(page: Page, edits: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < edits; i++) {
    const ms = await page.evaluate(
      (key) =>
        new Promise<number>((resolve) => {
          const app = document.querySelector<HTMLElement>('.app')!;
          const before = Number(app.dataset.planRevision);
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            const plan = Number(app.dataset.planRevision);
            if (plan > before && Number(app.dataset.reportRevision) === plan) {
              observer.disconnect();
              resolve(performance.now() - t0);
            }
          });
          observer.observe(app, { attributes: true });
          window.dispatchEvent(new KeyboardEvent('keydown', { key, altKey: true, bubbles: true }));
        }),
      i % 2 ? 'ArrowDown' : 'ArrowUp',
    );
    out.push(ms);
  }
  return out;
}

async function settled(page: Page, timeout = 60_000) {
  await expect
    .poll(async () => page.locator('.app').evaluate((el: HTMLElement) => el.dataset.planRevision === el.dataset.reportRevision), { timeout })
    .toBe(true);
}

/*
 * The engine takes many seconds on this plan (it is not a child care center: 1,100+ findings) and this machine may
 * have as few cores as the worker and the page need; so the drag is measured twice: with the engine worker not
 * loaded (the editor's own cost), and with the engine working on the plan in the background (what a user feels).
 */
for (const engine of ['off', 'busy'] as const) {
  test(`drag a room of a 200-room plan for 60 frames, engine ${engine}: frame time p95`, async ({ page }) => {
    const plan = JSON.parse(readFileSync(new URL('../../public/samples/real-large.json', import.meta.url), 'utf8')) as Plan;
    if (engine === 'off') await page.route(/engine\.worker/, (route) => route.abort());
    await page.goto(`${BASE}/?sample=real-large`);
    await expect(page.getByTestId('level-counts')).toContainText(`${plan.levels[0]!.rooms.length} rooms`);
    await page.waitForTimeout(500);
    const at = await toScreen(page, roomToGrab(plan));
    await dragFrames(page, at, 10); // warm up: the first frames compile code paths
    await page.keyboard.press('Control+z');
    const deltas = await dragFrames(page, at, 60);
    const p95 = percentile(deltas, 95);
    console.log(`[perf] frame deltas (engine ${engine}): ${deltas.map(Math.round).join(' ')}`);
    console.log(
      `[perf] drag on ${plan.levels[0]!.rooms.length} rooms, engine ${engine}, ${deltas.length} frames: p50 ${round(percentile(deltas, 50))} ms, p95 ${round(p95)} ms, max ${round(Math.max(...deltas))} ms (target p95 < 20 ms)`,
    );
    expect(deltas.length).toBe(60);
    await expect(page.getByTestId('undo')).toBeEnabled();
  });
}

test('an edit to refreshed findings on the 100-child sample and on a generated 100-room plan', async ({ page }) => {
  const results: string[] = [];
  const measure = async (label: string, url: string, grab: [number, number]) => {
    await page.goto(`${BASE}${url}`);
    await settled(page);
    const at = await toScreen(page, grab);
    await page.mouse.click(at.x, at.y);
    await expect(page.getByTestId('properties-room')).toBeVisible();
    await settled(page);
    await refreshTimes(page, 1); // warm up the worker
    const times = await refreshTimes(page, 6);
    const engine = await page.getByTestId('engine-status').textContent();
    results.push(`[perf] edit → findings, ${label}: median ${round(percentile(times, 50))} ms, max ${round(Math.max(...times))} ms over ${times.length} edits; engine ${engine} (target < 150 ms)`);
    expect(times.length).toBe(6);
  };

  const center = JSON.parse(readFileSync(new URL('../../public/samples/center-100.json', import.meta.url), 'utf8')) as Plan;
  await measure(`center-100.json (${center.levels[0]!.rooms.length} rooms)`, '/?sample=center-100', roomToGrab(center));

  const generated = generateFacility(100);
  await page.route('**/samples/generated-100.json', (route) => route.fulfill({ json: generated }));
  await measure('generated 100-room center (bench/generate.ts)', '/?sample=generated-100', roomToGrab(generated));
  for (const line of results) console.log(line);
});
