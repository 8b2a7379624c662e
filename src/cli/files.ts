import { readFileSync, writeFileSync } from 'node:fs';
import { CliError } from './CliError';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
};

function reason(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  return (code && REASONS[code]) ?? message ?? String(error);
}

/** How a file is named in messages; `-` is standard input. */
export function displayName(path: string): string {
  return path === '-' ? 'standard input' : path;
}

/** The text of a file, or of standard input for `-`. Unreadable → a usage error (exit status 2). */
export function readInput(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    throw new CliError(`flashpoint: cannot read "${displayName(path)}": ${reason(error)}`);
  }
}

export function writeOutput(path: string, text: string | Uint8Array): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    const why = (error as { code?: string }).code === 'ENOENT' ? 'no such directory' : reason(error);
    throw new CliError(`flashpoint: cannot write "${path}": ${why}`);
  }
}
