// The `flashpoint` command (package bin → dist/cli.js). Run from source with: node --import tsx src/cli/index.ts
import { processIo } from './CliIo';
import { main } from './main';

// `flashpoint convert big.csv | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), processIo);
