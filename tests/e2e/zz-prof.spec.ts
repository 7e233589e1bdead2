import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
test.use({ viewport: { width: 1400, height: 900 } });
test('profile', async ({ page }) => {
  test.setTimeout(120000);
  await page.goto('/?sample=real-large');
  await expect(page.getByTestId('level-counts')).toContainText('202 rooms');
  await page.waitForTimeout(500);
  const canvas = page.getByTestId('plan-canvas');
  const view = JSON.parse((await canvas.getAttribute('data-view'))!);
  const box = (await canvas.boundingBox())!;
  // a room: R? pick the largest rectangle-ish room center via the page's plan
  const at = { x: box.x + box.width * 0.45, y: box.y + box.height * 0.62 };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await cdp.send('Profiler.start');
  const deltas = await page.evaluate(({ x0, y0 }) => new Promise<number[]>((resolve) => {
    const el = document.querySelector('[data-testid="plan-canvas"]')!;
    const times: number[] = []; let i = 0;
    const frame = (t: number) => { times.push(t); if (i++ >= 60) { resolve(times.slice(2).map((t, k) => t - times[k + 1]!)); return; }
      el.dispatchEvent(new PointerEvent('pointermove', { clientX: x0 + i * 3, clientY: y0 + i * 1.5, pointerId: 1, pointerType: 'mouse', isPrimary: true, buttons: 1, bubbles: true }));
      requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
  }), { x0: at.x, y0: at.y });
  const { profile } = await cdp.send('Profiler.stop');
  await page.mouse.up();
  console.log('path', await canvas.getAttribute('data-path'), 'deltas', deltas.map(Math.round).join(','));
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  const dt = profile.timeDeltas as number[];
  const counts = new Map<number, number>();
  (profile.samples as number[]).forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
  for (const [id, us] of counts) { const n: any = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-1)[0]}:${n.callFrame.lineNumber}`; self.set(key, (self.get(key) ?? 0) + us); }
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
  for (const [k, us] of top) console.log((us / 1000).toFixed(1).padStart(8), 'ms', k);
  writeFileSync('/tmp/prof.json', JSON.stringify(profile));
});
