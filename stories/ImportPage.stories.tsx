import type { Meta, StoryObj } from '@storybook/react-vite';
import '../.storybook/import.css';
import { expect, userEvent, within } from 'storybook/test';
import templateCsv from '../templates/flashpoint-template.csv?raw';
import { ImportWorkbench } from './import/ImportWorkbench';

const meta: Meta<typeof ImportWorkbench> = {
  title: 'Tools/Import',
  component: ImportWorkbench,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'For graphics editors: paste or upload a spreadsheet CSV (the Flashpoint template), a TimelineJS file or ' +
          'Flashpoint JSON. It is drawn by `Timeline` at once, every problem is listed with its row and column (or ' +
          'JSON path), and the converted dataset can be downloaded as Flashpoint JSON.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<typeof ImportWorkbench>;

/** Opens on the spreadsheet template, which holds the escalation dataset. */
export const SpreadsheetTemplate: Story = {
  args: { initialText: templateCsv, timeZone: 'Asia/Baghdad' },
};

const TIMELINEJS_SAMPLE = JSON.stringify({
  title: { text: { headline: 'A <b>TimelineJS</b> sample', text: '<p>Made up for this page.</p>' } },
  events: [
    {
      start_date: { year: '2024', month: '1', day: '28' },
      text: { headline: 'First event', text: '<p>Some <i>HTML</i> text.</p>' },
      group: 'Group A',
    },
    {
      start_date: { year: '2024', month: '2' },
      text: { headline: 'Second event, known to the month' },
      group: 'Group B',
    },
  ],
});

/** A pasted TimelineJS file: HTML becomes text, groups become lanes, partial dates keep their precision. */
export const TimelineJsPaste: Story = {
  args: { initialText: TIMELINEJS_SAMPLE },
};

/** Broken rows are listed by row and column beside what still renders; fixing the text updates both. */
export const BrokenCsv: Story = {
  args: {
    initialText: [
      'id,start,title,category',
      'a,2024-01-28,A good row,attack',
      'b,03/04/2024,A date written day first or month first,attack',
      'c,2024-02-02,Another good row,strike',
    ].join('\n'),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/2 events converted/)).toBeInTheDocument();
    await expect(canvas.getByText(/is ambiguous \(day\/month or month\/day\?\)/)).toBeInTheDocument();
    const box = canvas.getByLabelText(/Paste a CSV/);
    await userEvent.clear(box);
    await userEvent.type(box, 'id,start,title,category{enter}a,2024-01-28,Fixed,attack');
    await expect(await canvas.findByText(/1 events converted, 0 problems/)).toBeInTheDocument();
  },
};
