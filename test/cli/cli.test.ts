import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './runCli';

const ACLED = 'test/fixtures/acled-sample.csv';
const TEMPLATE = 'templates/flashpoint-template.csv';
const HOUSTON = resolve(ROOT, '../shared/fixtures/timelinejs/houston.json');
const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };

const tmp = mkdtempSync(join(tmpdir(), 'flashpoint-cli-'));
function tempFile(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

/** A user error prints its message, never a stack trace. */
const noStack = (text: string) => expect(text).not.toMatch(/^\s+at /m);

describe.concurrent('flashpoint (child process)', { timeout: 30_000 }, () => {
  it('--help lists the commands', async () => {
    const run = await runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`flashpoint ${version}:`);
    expect(run.stdout).toContain('Usage: flashpoint <command> [options]');
    expect(run.stdout).toMatch(/^ {2}validate <file> +Check/m);
    expect(run.stdout).toMatch(/^ {2}convert <file> +Convert/m);
    expect(run.stdout).toMatch(/^ {2}render <file> +Draw the timeline/m);
  });

  it('--version prints the version of package.json', async () => {
    expect(await runCli(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    expect((await runCli(['-v'])).stdout).toBe(`${version}\n`);
  });

  it('without arguments prints the help on stderr and exits 2', async () => {
    const run = await runCli([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: flashpoint <command>');
  });

  it.each([
    [['explode'], 'flashpoint: unknown command "explode". Run "flashpoint --help" for the list of commands.\n'],
    [['--nope'], 'flashpoint: unknown option --nope. Run "flashpoint --help" for the list of commands.\n'],
    [['render', 'no/such/file.json'], 'flashpoint: cannot read "no/such/file.json": no such file\n'],
    [['validate'], 'flashpoint validate: which file? Give one. Run "flashpoint validate --help" for usage.\n'],
    [
      ['validate', 'a.json', 'b.json'],
      'flashpoint validate: one file at a time (got 2). Run "flashpoint validate --help" for usage.\n',
    ],
    [
      ['validate', ACLED, '--strict'],
      'flashpoint validate: unknown option --strict. Run "flashpoint validate --help" for usage.\n',
    ],
    [
      ['validate', ACLED, '--from'],
      'flashpoint validate: option --from needs a value. Run "flashpoint validate --help" for usage.\n',
    ],
    [
      ['validate', ACLED, '--from', 'xml'],
      'flashpoint validate: --from must be one of json, csv, timelinejs, acled (got "xml")\n',
    ],
    [
      ['convert', ACLED, '--time-zone', 'Mars/Olympus'],
      'flashpoint convert: "Mars/Olympus" is not an IANA time zone (e.g. Asia/Baghdad, UTC)\n',
    ],
    [['validate', 'no/such/file.json'], 'flashpoint: cannot read "no/such/file.json": no such file\n'],
    [['validate', 'test'], 'flashpoint: cannot read "test": it is a directory\n'],
  ])('flashpoint %j → exit 2 and one line', async (args, message) => {
    const run = await runCli(args);
    expect(run).toEqual({ status: 2, stdout: '', stderr: message });
  });

  it.each(['validate', 'convert'])('%s --help prints its usage', async (command) => {
    const run = await runCli([command, '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: flashpoint ${command} <file>`));
    expect(run.stdout).toContain('--from');
    expect(run.stdout).toContain('Exit status:');
  });

  it('validate: the ACLED sample is OK', async () => {
    expect(await runCli(['validate', ACLED])).toEqual({ status: 0, stdout: 'OK: 7 events\n', stderr: '' });
  });

  it('validate: a broken JSON dataset lists every problem as path: message, exit 1', async () => {
    const path = tempFile(
      'broken.json',
      JSON.stringify({
        title: 'Broken',
        events: [
          { id: 'a', start: '2024-02-30', title: 'Impossible day', category: 'attack' },
          { id: 'b', start: '2024-01-01', title: 'Ghost actor', category: 'attack', actors: ['ghost'] },
          { id: 'c', start: '2024-01-02', title: '', category: 'attack' },
        ],
      }),
    );
    const run = await runCli(['validate', path]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      'events[0].start: "2024-02-30" is not a date (February 2024 has 29 days)',
      'events[0]: event "a" was left out because of the problems above',
      'events[2].title: title must not be empty',
      'events[2]: event "c" was left out because of the problems above',
      'events[1].actors[0]: actor "ghost" is not defined in the dataset\'s actors (reference removed)',
      `flashpoint validate: 5 problems in ${path}; 1 event would be kept`,
      '',
    ]);
  });

  it('validate: text that is not JSON is a problem in the data (exit 1), not a crash', async () => {
    const run = await runCli(['validate', tempFile('syntax.json', '{"title": "x", ')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^the text is not valid JSON \(.+\)\n/);
    noStack(run.stderr);
  });

  it('validate: a broken ACLED file names rows and columns (row 1 is the header)', async () => {
    const csv = readFileSync(resolve(ROOT, ACLED), 'utf8')
      .replace('2024-03-02,2024', '03/02/2024,2024')
      .replace('0.6012,-25.1187,2', 'north,-25.1187,2');
    const run = await runCli(['validate', tempFile('acled.csv', csv)]);
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n').slice(0, 2)).toEqual([
      'rows[2].event_date: "03/02/2024" is ambiguous (day/month or month/day?): write it as YYYY-MM-DD or like "28 January 2024"; the row was left out',
      'rows[3].latitude: "north" is not a latitude; the place was kept without coordinates',
    ]);
    expect(run.stderr).toContain('; 6 events would be kept\n');
  });

  it('validate -: reads standard input and detects the format from the text', async () => {
    const dataset = { title: 'T', events: [{ id: 'a', start: '2024-01-01', title: 'A', category: 'attack' }] };
    const json = await runCli(['validate', '-'], { input: JSON.stringify(dataset) });
    expect(json).toEqual({ status: 0, stdout: 'OK: 1 event\n', stderr: '' });
    const acled = await runCli(['validate', '-'], { input: readFileSync(resolve(ROOT, ACLED), 'utf8') });
    expect(acled).toEqual({ status: 0, stdout: 'OK: 7 events\n', stderr: '' });
  });

  it('convert: prints the dataset as JSON with 2-space indentation', async () => {
    const run = await runCli(['convert', ACLED, '--from', 'acled', '--title', 'Veldoria strikes']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const dataset = JSON.parse(run.stdout);
    expect(dataset.title).toBe('Veldoria strikes');
    expect(dataset.events).toHaveLength(7);
    expect(run.stdout).toBe(`${JSON.stringify(dataset, null, 2)}\n`);
  });

  it('convert --out writes the file; problems become warnings', async () => {
    const csv = readFileSync(resolve(ROOT, ACLED), 'utf8').replace(',3,,1709769600', ',three,,1709769600');
    const out = join(tmp, 'out.json');
    const run = await runCli(['convert', tempFile('warn.csv', csv), '--out', out, '--time-zone', 'Asia/Baghdad']);
    expect(run).toEqual({
      status: 0,
      stdout: `Wrote 7 events to ${out}\n`,
      stderr:
        'warning: rows[2].fatalities: "three" is not a number of deaths (a whole number, 0 or more); no casualty figure was kept\n',
    });
    const dataset = JSON.parse(readFileSync(out, 'utf8'));
    expect(dataset.timeZone).toBe('Asia/Baghdad');
    expect(dataset.events[0].casualties).toEqual([]);
  });

  it('convert: exit 1 and nothing written when no event converts; exit 2 when --out cannot be written', async () => {
    const headerOnly = tempFile('empty.csv', `${readFileSync(resolve(ROOT, ACLED), 'utf8').split('\n')[0]}\n`);
    const out = join(tmp, 'never.json');
    const empty = await runCli(['convert', headerOnly, '--out', out]);
    expect(empty).toEqual({
      status: 1,
      stdout: '',
      stderr: `flashpoint convert: no event could be converted from ${headerOnly}; nothing was written\n`,
    });
    expect(existsSync(out)).toBe(false);
    const unwritable = await runCli(['convert', ACLED, '--out', join(tmp, 'missing-dir', 'x.json')]);
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).toBe(
      `flashpoint: cannot write "${join(tmp, 'missing-dir', 'x.json')}": no such directory\n`,
    );
  });

  it.skipIf(!existsSync(resolve(ROOT, TEMPLATE)))('validate: the spreadsheet template is OK', async () => {
    const run = await runCli(['validate', TEMPLATE]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^OK: \d+ events\n$/);
    expect(run.status).toBe(0);
  });

  it.skipIf(!existsSync(HOUSTON))('TimelineJS (houston.json): detected, and every event converted', async () => {
    const count = (JSON.parse(readFileSync(HOUSTON, 'utf8')) as { events: unknown[] }).events.length;
    const converted = await runCli(['convert', HOUSTON]);
    expect(converted.status).toBe(0);
    expect(JSON.parse(converted.stdout).events).toHaveLength(count);
    for (const line of converted.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^warning: events\[\d+\]/);
    const validated = await runCli(['validate', HOUSTON]);
    if (validated.status === 0) expect(validated.stdout).toBe(`OK: ${count} events\n`);
    else {
      expect(validated.status).toBe(1);
      expect(validated.stderr).toMatch(new RegExp(`; ${count} events would be kept\\n$`));
    }
    // Read as a Flashpoint dataset instead, it is not one.
    const forced = await runCli(['validate', HOUSTON, '--from', 'json']);
    expect(forced.status).toBe(1);
  });
});
