import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors } from './support.ts';

/*
 * The first page on a small fixture (public/samples/e2e-fixture.json): one 30' x 25' preschool room, an 8' x 6'
 * bathroom with 1 toilet and 1 sink, one 36" exit, a 40' x 30' play yard fenced at 48".
 * Capacity is the rules' arithmetic:
 *   bath.toilets     1 toilet + adjacent sink per 20 children           → 20
 *   space.preschool  750 sq ft usable ÷ 35 sq ft per child, rounded down → 21
 *   outdoor.area     1,200 sq ft ÷ 75 sq ft = 16 at one time, × 3        → 48
 * so the licensed capacity is 20, bound by the toilets.
 */
const FIXTURE = '/?sample=e2e-fixture';

// An uncaught error in the page (a module that fails to load, a render that throws) fails the test that saw it.
failOnPageErrors();

async function openFixture(page: Page) {
  await page.goto(FIXTURE);
  await expect(page.getByTestId('facility-name')).toHaveText('E2E Fixture Center');
}

test('a sample opens with its rooms, areas and capacity on screen', async ({ page }) => {
  await openFixture(page);
  await page.getByTestId('tab-rooms').click();

  const room = page.getByTestId('room-row-R1');
  await expect(room.getByTestId('room-name')).toHaveText('Preschool Room');
  await expect(room.getByTestId('room-area')).toHaveText('750.0');
  const bathroom = page.getByTestId('room-row-B1');
  await expect(bathroom.getByTestId('room-area')).toHaveText('48.0');
  await expect(bathroom.getByTestId('room-usable')).toHaveText('0.0');
  await expect(page.getByTestId('rooms-total-area')).toHaveText('798.0');

  await expect(page.getByTestId('capacity-licensed')).toHaveText('20');
  await expect(page.getByTestId('capacity-binding')).toHaveText('bath.toilets');
  await page.getByText('Every limit and how to raise it').click();
  const limit = (id: string) => page.getByTestId(`capacity-limit-${id}`).getByTestId('capacity-limit-children');
  await expect(limit('bath.toilets')).toHaveText('20');
  await expect(limit('space.preschool')).toHaveText('21');
  await expect(limit('outdoor.area')).toHaveText('48');
});

test('findings are grouped by status, each with its citation and message', async ({ page }) => {
  await openFixture(page);
  const findings = page.getByTestId('finding');
  await expect(findings.first()).toBeAttached();
  const count = await findings.count();
  for (let i = 0; i < count; i++) {
    await expect(findings.nth(i).locator('cite')).not.toBeEmpty();
    await expect(findings.nth(i).locator('.finding-message')).not.toBeEmpty();
  }
  // Groups fold: the first group toggles closed and open again from its heading.
  const group = page.locator('details.finding-group').first();
  const wasOpen = await group.evaluate((el) => (el as HTMLDetailsElement).open);
  await group.locator('summary').click();
  await expect.poll(() => group.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(!wasOpen);
});

test('a refused file lists its errors and leaves the open plan untouched', async ({ page }) => {
  await openFixture(page);
  await expect(page.getByTestId('capacity-licensed')).toHaveText('20');

  await page.getByTestId('open-file-input').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"safeplan.plan"}'),
  });

  const errors = page.getByTestId('plan-errors');
  await expect(errors).toBeVisible();
  await expect(errors).toContainText('broken.json');
  await expect(errors.getByTestId('plan-error').filter({ hasText: /^facility: / })).toHaveCount(1);

  await expect(page.getByTestId('facility-name')).toHaveText('E2E Fixture Center');
  await expect(page.getByTestId('file-name')).toHaveText('e2e-fixture.json');
  await page.getByTestId('tab-rooms').click();
  await expect(page.getByTestId('room-row-R1').getByTestId('room-area')).toHaveText('750.0');
  await expect(page.getByTestId('capacity-licensed')).toHaveText('20');

  await errors.getByRole('button', { name: 'Dismiss the errors' }).click();
  await expect(errors).toBeHidden();
});

test('a sample that does not exist is reported, not a blank page', async ({ page }) => {
  await page.goto('/?sample=no-such-sample');
  await expect(page.getByTestId('plan-errors')).toContainText('no sample named "no-such-sample"');
  await expect(page.getByTestId('empty-state')).toBeVisible();
});

test('the sample picker lists sample-list.json and opens the one picked', async ({ page }) => {
  // The real sample-list.json lists the lead's samples; this test serves its own list so it depends only on the fixture.
  await page.route('**/sample-list.json', (route) =>
    route.fulfill({
      json: [
        { file: 'e2e-fixture.json', title: 'E2E fixture' },
        { file: 'e2e-renamed.json', title: 'E2E fixture, renamed' },
      ],
    }),
  );
  await page.route('**/samples/e2e-renamed.json', async (route) => {
    const response = await route.fetch({ url: route.request().url().replace('e2e-renamed', 'e2e-fixture') });
    const plan = await response.json();
    await route.fulfill({ json: { ...plan, facility: { ...plan.facility, name: 'Renamed Center' } } });
  });
  await openFixture(page);

  const picker = page.getByLabel('Sample');
  await expect(picker).toHaveValue('e2e-fixture');
  await picker.selectOption({ label: 'E2E fixture, renamed' });
  await expect(page.getByTestId('facility-name')).toHaveText('Renamed Center');
  await expect(page).toHaveURL(/[?&]sample=e2e-renamed\b/);
  await page.getByTestId('tab-rooms').click();
  await expect(page.getByTestId('room-row-R1').getByTestId('room-area')).toHaveText('750.0');
});
