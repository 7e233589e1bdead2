import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.ts';

const fixture = new URL('../../fixtures/plans/one-room.json', import.meta.url).pathname;
const text = readFileSync(fixture, 'utf8');
const root = new URL('../../../', import.meta.url).pathname;

describe('safeplan check', () => {
  it('prints a human report: capacity, room table, findings by status with citations', async () => {
    const r = await runCli(['check', fixture]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^SafePlan report: One Room Preschool/);
    expect(r.stdout).toMatch(/Licensed capacity: 20 children \(binding limit: bath\.toilets\)/);
    expect(r.stdout).toMatch(/R1\s+Preschool\s+Main floor\s+child-care\s+750\.0\s+745\.0\s+21/);
    expect(r.stdout).toMatch(/\nPASS \(\d+\)\n {2}space\.usable \[R1\] — 5 CSR 25-500\.082\(2\)\(B\)1\.B-D: /);
  });

  it('prints the JSON report of the contract with --json', async () => {
    const r = await runCli(['check', fixture, '--json']);
    const report = JSON.parse(r.stdout);
    expect(report.format).toBe('safeplan.report');
    expect(report.version).toBe(1);
    expect(Object.keys(report.summary)).toEqual(['fail', 'warn', 'pass', 'verify', 'n/a']);
    expect(report.capacity).toMatchObject({ licensed: 20, binding: 'bath.toilets' });
    expect(report.capacity.limits.map((l: { id: string; children: number }) => [l.id, l.children])).toEqual([
      ['space.preschool', 21],
      ['bath.toilets', 20],
      ['outdoor.area', 48],
    ]);
    expect(report.rooms).toContainEqual(expect.objectContaining({ id: 'R2', name: 'Bathroom', level: 'L1', areaSqFt: 48, usableSqFt: 0 }));
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['id', 'citation', 'status', 'subject', 'measured', 'limit', 'unit', 'message', 'geometry']));
    }
    const failing = report.findings.filter((f: { status: string }) => f.status === 'fail').length;
    expect(r.code).toBe(failing > 0 ? 1 : 0);
  });

  it('reads the plan from standard input with -', async () => {
    const r = await runCli(['check', '-', '--json'], () => text);
    expect(JSON.parse(r.stdout).capacity.licensed).toBe(20);
  });

  it('exits 1 when a finding fails', async () => {
    const plan = JSON.parse(text);
    plan.levels[0].rooms[0].floor = 'concrete';
    const r = await runCli(['check', '-'], () => JSON.stringify(plan));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL \(\d+\)\n.*indoor\.floor \[R1\]/);
  });

  it('exits 2 on a broken plan: every error on stderr with its path, nothing on stdout', async () => {
    const plan = JSON.parse(text);
    plan.levels[0].doors[0].rooms = ['R1', 'R9'];
    plan.facility.kind = 'school';
    const r = await runCli(['check', '-', '--json'], () => JSON.stringify(plan));
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'facility.kind: must be one of "group-home", "center", not "school"\n',
    });
  });

  it.each([
    [['check', '/no/such/plan.json'], /no\/such\/plan\.json: cannot read the plan: no such file/],
    [['check'], /no plan file given/],
    [['lint', 'x.json'], /unknown command "lint"/],
    [['check', 'x.json', '--pdf'], /unknown option --pdf/],
  ])('exits 2 with a sentence for %j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('runs as a real process from the repository root: bin/safeplan, exit status and streams', () => {
    const dir = mkdtempSync(join(tmpdir(), 'safeplan-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format": "safeplan.plan", "version": 1');
    const refused = spawnSync(join(root, 'bin/safeplan'), ['check', bad], { cwd: root, encoding: 'utf8' });
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^the file is not valid JSON/);
    const checked = spawnSync(join(root, 'bin/safeplan'), ['check', '-', '--json'], { cwd: root, input: text, encoding: 'utf8' });
    const report = JSON.parse(checked.stdout);
    expect(report.capacity.licensed).toBe(20);
    expect(checked.status).toBe(report.summary.fail > 0 ? 1 : 0);
    expect(checked.stderr).toBe('');
  }, 30_000);
});
