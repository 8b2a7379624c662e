// bench/RESULTS.md: machine header, how to run, method, targets, a table per size, sizes, memory, notes.
import { formatCount, formatMb, formatMs } from './format';
import type { MemoryResult } from './measureMemory';
import { median } from './stats';
import { caseTable, memoryTable, sizesTable, targetsTable } from './formatTables';
import { howToRun, method, peerNotes } from './methodText';
import type { BenchResults } from './results';

function header(results: BenchResults): string {
  const env = results.environment;
  const versions = Object.entries(env.versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  return `# Benchmark: Flashpoint, vis-timeline and react-chrono

Measured ${env.date.slice(0, 16).replace('T', ' ')} UTC on ${env.cpuModel} (${env.cpuCount} cores), ${env.memoryGb} GB, ${env.os}; Node ${env.node}, Chromium ${env.chromium} (headless, no GPU).

Versions: ${versions}.

Written by \`npm run bench\` (bench/run.ts); the raw runs are in bench/results.json. Numbers from one machine on
one day: compare them with each other, not with another machine's.`;
}

function notes(results: BenchResults): string {
  const lines = results.runNotes.map((note) => `- ${note}`);
  lines.push(
    ...results.summaries
      .filter((summary) => summary.note)
      .map((summary) => `- ${summary.library} at ${formatCount(summary.size)} events: ${summary.note}`),
  );
  for (const run of results.runs) {
    if (run.interaction && run.interaction.status !== 'ok' && run.interaction.note) {
      lines.push(
        `- ${run.library} at ${formatCount(run.size)} events, run ${run.run}, zoom and pan: ${run.interaction.status} (${run.interaction.note})`,
      );
    }
  }
  return lines.length ? `## Notes on this run\n\n${lines.join('\n')}` : '';
}

function perSize(results: BenchResults): string {
  return results.options.sizes
    .map((size) => {
      const data = results.datasets.find((d) => d.size === size);
      const about = data
        ? `${formatCount(size)} events (${formatCount(data.ranges)} ranges), ${data.span[0]} to ${data.span[1]}; Flashpoint's JSON ${formatMb(data.files.flashpoint.bytes / 2 ** 20)}.`
        : `${formatCount(size)} events.`;
      const summaries = results.summaries.filter((summary) => summary.size === size);
      return `### ${formatCount(size)} events\n\n${about}\n\n${caseTable(summaries, results.ratios[size])}`;
    })
    .join('\n\n');
}

function memorySummary(memory: MemoryResult): string {
  return (
    `${memory.cycles} mounts and unmounts of ${formatCount(memory.size)} events: ` +
    `${memory.flat ? 'flat' : '**not flat**'} (growth ${formatMb(memory.growthMb)}, tolerance ${formatMb(memory.toleranceMb)}; ` +
    `after the 10th cycle ${memory.slopeKbPerCycle.toFixed(1)} KB per cycle). On this warm page a mount took ` +
    `${formatMs(median(memory.mountMs))} to first paint (median of the ${memory.cycles}), against the cold figure in the table above.`
  );
}

export function formatMarkdown(results: BenchResults): string {
  const memory = results.memory
    ? `## Memory\n\n${memorySummary(results.memory)}\n\n${memoryTable(results.memory)}`
    : `## Memory\n\nNot measured${results.memoryNote ? `: ${results.memoryNote}` : ''}.`;
  const sections = [
    header(results),
    howToRun(),
    `## Targets\n\n${targetsTable(results.targets)}`,
    `## Results by size\n\nMedians of ${results.options.runs} run${results.options.runs === 1 ? '' : 's'}. Frame figures are per step (see Method).\n\n${perSize(results)}`,
    results.sizes ? `## What each library ships\n\n${sizesTable(results.sizes)}` : '',
    memory,
    notes(results),
    peerNotes(),
    method(results.caps, results.options.runs),
  ];
  return `${sections.filter(Boolean).join('\n\n')}\n`;
}
