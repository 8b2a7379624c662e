import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../../src/cli/pngSize';
import { chromiumPath } from '../browser/chromiumProvider';
import { parseHtml, parseXml } from '../static/staticSvgDom';
import { ROOT, runCli, type CliRun } from './runCli';

const DATASET = 'src/datasets/escalation2023/escalation2023.generated.json';
const TEMPLATE = 'templates/flashpoint-template.csv';
const ACLED = 'test/fixtures/acled-sample.csv';
const EVENTS = (JSON.parse(readFileSync(resolve(ROOT, DATASET), 'utf8')) as { events: { id: string }[] }).events;

/** runCli with extra environment variables. */
function runCliWith(env: Record<string, string>, args: string[]): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, FLASHPOINT_DEBUG: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'flashpoint-render-'));
const HAS_CHROMIUM = existsSync(chromiumPath());
if (!HAS_CHROMIUM)
  console.warn(`render PNG tests skipped: no Chromium at ${chromiumPath()} (apt-get install chromium)`);

describe.concurrent('flashpoint render (child process)', { timeout: 60_000 }, () => {
  it('prints the article SVG on stdout, with every event', async () => {
    const run = await runCli(['render', DATASET]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const document = parseXml(run.stdout);
    expect(document.documentElement.getAttribute('width')).toBe('720');
    const drawn = run.stdout.match(/data-event-ids?="[^"]+"/g)!.join(' ');
    for (const { id } of EVENTS) expect(drawn).toContain(id);
  });

  it('--format html prints the page with every event', async () => {
    const run = await runCli(['render', DATASET, '--format', 'html', '--locale', 'he']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('<html lang="he" dir="rtl">');
    const ids = [...parseHtml(run.stdout).querySelectorAll('li[data-event-id]')].map((li) => li.id);
    expect(ids).toHaveLength(EVENTS.length);
  });

  it('--out writes the file (the format from its extension) and says so', async () => {
    const out = join(tmp, 'card.svg');
    const run = await runCli(['render', DATASET, '--size', 'social', '--theme', 'dark', '--out', out]);
    expect(run).toEqual({ status: 0, stdout: `Wrote 33 events to ${out}\n`, stderr: '' });
    const root = parseXml(readFileSync(out, 'utf8')).documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('data-fp-theme')]).toEqual([
      '1200',
      '630',
      'dark',
    ]);
    const page = join(tmp, 'list.html');
    expect((await runCli(['render', DATASET, '-o', page])).status).toBe(0);
    expect(readFileSync(page, 'utf8').startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('reads a CSV template and an ACLED file as validate does; problems become warnings on stderr', async () => {
    const csv = await runCli(['render', TEMPLATE, '--width', '960']);
    expect(csv.status).toBe(0);
    expect(parseXml(csv.stdout).documentElement.getAttribute('width')).toBe('960');
    const acled = await runCli(['render', ACLED, '--format', 'html', '--time-zone', 'Asia/Baghdad']);
    expect(acled.status).toBe(0);
    expect(acled.stdout).toContain('data-fp="event-list"');
    for (const line of acled.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^warning: /);
  });

  it('--help shows the options', async () => {
    const run = await runCli(['render', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: flashpoint render <file>');
    expect(run.stdout).toContain('--size <size>');
  });

  it.each([
    [['--format', 'gif'], 'flashpoint render: --format must be one of svg, html, png (got "gif")'],
    [['--format', 'png'], 'flashpoint render: --format png writes a binary file: give it with --out <file.png>'],
    [['--size', 'poster'], 'flashpoint render: --size must be one of article, social (got "poster")'],
    [['--width', '12'], 'flashpoint render: --width must be a whole number of pixels from 240 to 4096 (got "12")'],
    [
      ['--theme', 'pink'],
      'flashpoint render: --theme must be one of light, dark, auto, highContrast, print, broadsheet, wire, digital (got "pink")',
    ],
    [
      ['--time-zone', 'Mars/Olympus'],
      'flashpoint render: "Mars/Olympus" is not an IANA time zone (e.g. Asia/Baghdad, UTC)',
    ],
    [
      ['--locale', 'not a tag'],
      'flashpoint render: --locale must be a BCP 47 language tag such as en-GB, ar or fa-IR (got "not a tag")',
    ],
    [
      ['--format', 'html', '--size', 'social'],
      'flashpoint render: --size and --width apply to svg and png; the html list takes the width of the page',
    ],
    [
      ['--out', join(tmp, 'missing', 'x.svg')],
      `flashpoint: cannot write "${join(tmp, 'missing', 'x.svg')}": no such directory`,
    ],
  ])('render %j → exit 2 and one line', async (args, message) => {
    expect(await runCli(['render', DATASET, ...args])).toEqual({ status: 2, stdout: '', stderr: `${message}\n` });
  });

  it.skipIf(!HAS_CHROMIUM)('--format png draws the social card in Chromium at 1200 × 630, in Arabic too', async () => {
    const out = join(tmp, 'card-ar.png');
    const run = await runCli(['render', DATASET, '--format', 'png', '--size', 'social', '--locale', 'ar', '-o', out]);
    expect(run.stderr).toBe('');
    expect(run).toMatchObject({ status: 0, stdout: `Wrote 33 events to ${out} (1200 × 630 px)\n` });
    const png = readFileSync(out);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeGreaterThan(20_000); // A picture, not a blank page.
  });

  it.skipIf(!HAS_CHROMIUM)('a .png --out draws the article picture at its own size', async () => {
    const out = join(tmp, 'article.png');
    const run = await runCli(['render', DATASET, '--width', '600', '-o', out]);
    expect(run.status).toBe(0);
    const svg = (await runCli(['render', DATASET, '--width', '600'])).stdout;
    const height = Number(parseXml(svg).documentElement.getAttribute('height'));
    expect(pngSize(readFileSync(out))).toEqual({ width: 600, height });
  });

  it('a missing Chromium is one line that names the fix', async () => {
    const out = join(tmp, 'none.png');
    const run = await runCliWith({ CHROMIUM_PATH: '/no/such/chromium' }, ['render', DATASET, '-o', out]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toMatch(
      /^flashpoint render: --format png draws the picture in Chromium.*apt-get install chromium.*CHROMIUM_PATH/,
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe('pngSize(bytes)', () => {
  it('reads the width and height from the IHDR chunk, and refuses what is not a PNG', () => {
    const header = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 4, 0xb0, 0, 0, 2, 0x76,
    ]);
    expect(pngSize(header)).toEqual({ width: 1200, height: 630 });
    expect(pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(pngSize(header.subarray(0, 20))).toBeNull();
  });
});
