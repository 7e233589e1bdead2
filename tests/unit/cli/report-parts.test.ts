import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.ts';

const root = new URL('../../../', import.meta.url).pathname;
const sample = (name: string) => readFileSync(join(root, 'public/samples', `${name}.json`), 'utf8');
const PDFTOTEXT = '/usr/bin/pdftotext';

describe('safeplan report --parts (the same part names as the browser\'s packet dialog)', () => {
  it('writes only the parts named, in the order named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'safeplan-parts-'));
    const r = await runCli(['report', '-', '--svg', dir, '--parts', 'outdoor,facility'], () => sample('small-center'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['01-outdoor.svg', '02-facility-L1.svg']);
  });

  it('leaves the posters out of the PDF when they are not named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'safeplan-parts-'));
    const all = join(dir, 'all.pdf');
    const some = join(dir, 'some.pdf');
    await runCli(['report', '-', '--pdf', all], () => sample('center-100'));
    const r = await runCli(['report', '-', '--pdf', some, '--parts', 'facility,outdoor,report', '--paper', 'tabloid'], () => sample('center-100'));
    expect(r.code).toBe(0);
    const [a, s] = await Promise.all([all, some].map(async (f) => PDFDocument.load(readFileSync(f))));
    // center-100 has seven child-care rooms, a poster each.
    expect(a!.getPageCount() - s!.getPageCount()).toBe(7);
    expect(Math.max(...Object.values(s!.getPage(0).getSize()))).toBe(1224);
  });

  it.skipIf(!existsSync(PDFTOTEXT))('prints the plan\'s telephone and tornado shelter (plan-format extensions)', async () => {
    const plan = JSON.parse(sample('small-center'));
    plan.facility.phone = '(573) 555-0199';
    const pre = plan.levels[0].rooms.find((r: { use: string }) => r.use === 'child-care');
    pre.tornadoShelter = true;
    const dir = mkdtempSync(join(tmpdir(), 'safeplan-parts-'));
    const pdf = join(dir, 'packet.pdf');
    const r = await runCli(['report', '-', '--pdf', pdf, '--parts', 'facility,evacuation'], () => JSON.stringify(plan));
    expect(r.stderr).toBe('');
    const text = execFileSync(PDFTOTEXT, ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Tel. (573) 555-0199');
    expect(text).toContain('Facility telephone: (573) 555-0199');
    expect(text).toContain('Stay in this room: it is the tornado shelter area.');
  });
});
