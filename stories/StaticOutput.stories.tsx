import type { CSSProperties } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { escalation2023 } from '../src/datasets/index';
import { renderStaticHtml, renderStaticSvg, type StaticSvgOptions } from '../src/static/index';

const FIGURE: CSSProperties = { margin: 0 };
const PICTURE: CSSProperties = {
  display: 'block',
  maxWidth: '100%',
  height: 'auto',
  border: '1px solid var(--fp-color-border)',
};
const CAPTION: CSSProperties = { marginTop: '0.5rem', fontSize: '0.875rem' };
const FRAME: CSSProperties = {
  display: 'block',
  width: '100%',
  height: '40rem',
  border: '1px solid var(--fp-color-border)',
};

interface PictureProps {
  options: StaticSvgOptions;
  caption: string;
}

/** The SVG string as a browser shows a file: an image of its own (its styles stay inside it). */
function StaticPicture({ options, caption }: PictureProps) {
  const svg = renderStaticSvg(escalation2023, options);
  const [, width, height] = /<svg[^>]*?\swidth="(\d+)"[^>]*?\sheight="(\d+)"/.exec(svg)!;
  // The picture's own <title> and <desc> are not read through <img>: the alt text says what it shows.
  const alt = `${escalation2023.title}: a timeline of ${escalation2023.events.length} events, October 2023 to February 2024.`;
  return (
    <figure style={FIGURE}>
      <img
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
        width={Number(width)}
        height={Number(height)}
        alt={alt}
        style={PICTURE}
        data-static={options.size ?? 'article'}
      />
      <figcaption style={CAPTION}>
        {caption} ({width} × {height} px, {Math.round(svg.length / 1024)} KB)
      </figcaption>
    </figure>
  );
}

/**
 * `flashpoint/static` draws the timeline without a browser: `renderStaticSvg(dataset, options)` returns a standalone
 * SVG document (the plot drawn by the Timeline's own parts, the title, the note on time zones, a key and the
 * credit, with its styles inside and the theme's values written out), and `renderStaticHtml(dataset, options)` the
 * events as a page for readers without JavaScript. `flashpoint render` writes either to a file, or a PNG through
 * Chromium. These stories show the strings as a browser shows the files.
 */
const meta = {
  title: 'Docs/Static output',
  component: StaticPicture,
  parameters: { controls: { disable: true } },
} satisfies Meta<typeof StaticPicture>;

export default meta;
type Story = StoryObj<typeof meta>;

/** `renderStaticSvg(dataset)`: 720 px wide, as tall as the lanes need; for articles, newsletters, AMP and print. */
export const ArticleSvg: Story = {
  args: { options: {}, caption: 'renderStaticSvg(dataset)' },
  play: async ({ canvasElement }) => {
    const image = canvasElement.querySelector<HTMLImageElement>('img[data-static="article"]')!;
    await waitFor(() => expect(image.complete && image.naturalWidth).toBe(720));
    // Its styles travel inside it.
    expect(decodeURIComponent(image.src)).toContain('.fp-timeline .fp-mark__symbol {');
  },
};

/** `size: 'social'`: exactly 1200 × 630 for link previews (og:image), the title large and the plot drawn larger. */
export const SocialSvg: Story = {
  args: { options: { size: 'social' }, caption: "renderStaticSvg(dataset, { size: 'social' })" },
  play: async ({ canvasElement }) => {
    const image = canvasElement.querySelector<HTMLImageElement>('img[data-static="social"]')!;
    await waitFor(() => expect([image.naturalWidth, image.naturalHeight]).toEqual([1200, 630]));
  },
};

/** The social card in Arabic with the dark theme: words, dates and the key from the right. */
export const SocialSvgArabicDark: Story = {
  args: {
    options: { size: 'social', locale: 'ar', theme: 'dark' },
    caption: "renderStaticSvg(dataset, { size: 'social', locale: 'ar', theme: 'dark' })",
  },
};

/** `renderStaticHtml(dataset)`: every event as a list, with the title and credits, a page with its styles inside. */
export const HtmlPage: Story = {
  args: { options: {}, caption: '' },
  render: () => (
    <iframe
      title={`${escalation2023.title}: the list of events (renderStaticHtml)`}
      srcDoc={renderStaticHtml(escalation2023)}
      style={FRAME}
    />
  ),
};
