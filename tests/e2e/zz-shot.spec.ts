import { test } from '@playwright/test';
test('main', async ({ page }) => {
  test.setTimeout(120000);
  page.on('console', (m) => console.log(m.type(), m.text()));
  await page.goto('/?sample=e2e-fixture');
  const r = await page.evaluate(async () => {
    const plan = await (await fetch('/samples/real-large.json')).json();
    const v = await import('/src/model/validate.ts' as string);
    const b = await import('/src/report/build.ts' as string);
    const t0 = performance.now();
    const res = v.validatePlan(plan);
    const t1 = performance.now();
    const rep = b.buildReport(res.value);
    const t2 = performance.now();
    return [t1 - t0, t2 - t1, rep.findings.length];
  });
  console.log(r);
});
