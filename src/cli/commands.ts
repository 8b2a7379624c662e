import type { CliIo } from './CliIo';
import { convert } from './convert';
import { render } from './render';
import { validate } from './validate';

export interface Command {
  name: string;
  /** What `flashpoint <name> <args>` looks like in the command list. */
  synopsis: string;
  summary: string;
  /** Runs the command and returns the exit status; absent while the command is not available yet. */
  run?: (args: string[], io: CliIo) => Promise<number>;
}

/**
 * Every subcommand, in the order `flashpoint --help` lists them. A new one is a file exporting its run
 * function and usage text, plus a row here.
 */
export const COMMANDS: Command[] = [
  {
    name: 'validate',
    synopsis: 'validate <file>',
    summary: 'Check a dataset, CSV template, TimelineJS or ACLED file; list every problem',
    run: validate,
  },
  {
    name: 'convert',
    synopsis: 'convert <file>',
    summary: 'Convert a CSV template, TimelineJS or ACLED file to a Flashpoint dataset (JSON)',
    run: convert,
  },
  {
    name: 'render',
    synopsis: 'render <file>',
    summary: 'Draw the timeline as a standalone SVG (or PNG) picture, or the events as an HTML page',
    run: render,
  },
];
