import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { DatasetIssues, Timeline } from '../src/react/index';
import { safeParseDataset } from '../src/schema/index';
import { loadPayloads, SENTINEL_GLOBAL } from '../test/xss/loadPayloads';
import { hostileTheme } from '../test/xss/hostileTheme';

// Any payload that ran would call this; the stories' play functions check it never did.
const fired: number[] = [];
(globalThis as unknown as Record<string, (id: number) => void>)[SENTINEL_GLOBAL] = (id) => fired.push(id);

/** A few payloads of each kind from test/xss/payloads.txt, picked by what they start with. */
const picked = loadPayloads().filter((payload, i, all) => {
  const kind = payload.text.slice(0, 5).toLowerCase();
  return all.findIndex((other) => other.text.slice(0, 5).toLowerCase() === kind) === i;
});

/** One event per payload (as title, summary, place and tag), each citing a source named by it. */
const parsed = safeParseDataset({
  title: '<script>document.title="owned"</script> Hostile input, shown as text',
  credit: '<img src=x onerror=alert(1)> Graphic: the hardening tests',
  timeZone: 'UTC',
  sources: picked.map((payload, i) => ({ id: `s${i}`, outlet: payload.text, url: payload.text })),
  events: picked.map((payload, i) => ({
    id: `e${i}`,
    start: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
    title: payload.text,
    summary: `Summary: ${payload.text}`,
    category: ['attack', 'strike', 'statement', 'diplomacy', 'context'][i % 5],
    location: { name: payload.text },
    sources: [`s${i}`],
    tags: [payload.text],
  })),
});

interface HostileProps {
  /** A theme object whose every value is this payload (the graphic keeps the preset's values). */
  themePayload?: string;
}

/** The Timeline of a dataset made of XSS payloads, and the list of what lenient parsing left out. */
function HostileTimeline({ themePayload }: HostileProps) {
  return (
    <>
      <Timeline
        dataset={parsed.dataset}
        theme={themePayload === undefined ? undefined : hostileTheme(themePayload)}
        showFilters
        showLegend
        showCredits
        defaultSelectedId="e0"
      />
      <DatasetIssues issues={parsed.issues} headingLevel={3} />
    </>
  );
}

/**
 * Every text of this dataset is an attack from `test/xss/payloads.txt` (script and style tags, event handlers,
 * `javascript:` and `data:` links, SVG, CSS and template injection). It is shown as the words it is: no script
 * runs, no link or picture points anywhere but the web, and the sources whose link was not a web address are
 * listed under the graphic with the reason (the events keep them, without the link). `docs/security.md` says what is defended where.
 */
const meta = {
  title: 'Hardening/Hostile input',
  component: HostileTimeline,
  tags: ['autodocs'],
} satisfies Meta<typeof HostileTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

const nothingRan: Story['play'] = async ({ canvasElement }) => {
  await new Promise((resolve) => setTimeout(resolve, 200));
  await expect(fired).toEqual([]);
  await expect(canvasElement.querySelectorAll('script, iframe, object, embed, style').length).toBe(0);
  const links = [...canvasElement.querySelectorAll('[href], [src]')].map(
    (element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '',
  );
  await expect(links.filter((link) => !/^https?:\/\/|^#/.test(link))).toEqual([]);
  await expect(canvasElement.textContent).toContain('<script>');
};

/** The payloads in every text field: the reader sees them as text. */
export const PayloadsAsText: Story = { play: nothingRan };

/** And the theme made of one: `red;} body{background:url(//evil.example/a.png)}` as every colour and size. */
export const PayloadAsTheme: Story = {
  args: { themePayload: 'red;} body{background:url(//evil.example/a.png)}' },
  play: nothingRan,
};
