import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDataset } from '../../src/schema/parseDataset';
import { safeParseDataset } from '../../src/schema/safeParseDataset';
import { escalation2023 } from '../../src/datasets/escalation2023/index';
import { escalation2023Input } from '../../src/datasets/escalation2023/input';

const input = escalation2023Input;
const data = escalation2023;
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const seedsDir = path.join(repoRoot, '../shared/seeds');

const eventById = new Map(data.events.map((event) => [event.id, event]));
function event(id: string) {
  const found = eventById.get(id);
  if (!found) throw new Error(`no event "${id}"`);
  return found;
}

/**
 * Where each of the 28 disputes of the research notes is recorded: the events it sits on and its topic.
 * d-seed004-dec25 is split by field (day, weapon, severity, place, groups) over the two events it concerns.
 */
const DISPUTES_ON_EVENTS: [researchId: string, eventIds: string[], topic: RegExp][] = [
  ['d-barracks-location', ['barracks-drone-fails-to-detonate'], /^Which base the barracks drone hit$/],
  ['d-barracks-date', ['barracks-drone-fails-to-detonate'], /^Date of the barracks drone attack/],
  ['d-barracks-injuries', ['barracks-drone-fails-to-detonate'], /^Whether anyone was hurt by the barracks drone$/],
  ['d-oct22-fatality-claim', ['al-asad-attacks-oct-22-death-claims-denied'], /^Whether US service members were killed/],
  [
    'd-first-attack-date',
    ['first-drone-attacks-al-asad-harir', 'al-tanf-drone-attack-oct-18'],
    /^Start date of the attacks/,
  ],
  [
    'd-oct18-injury-count',
    ['al-tanf-drone-attack-oct-18', 'first-drone-attacks-al-asad-harir', 'us-strikes-abu-kamal-oct-27'],
    /^How many US personnel were injured in the 18 Oct attacks$/,
  ],
  ['d-contractor-location', ['contractor-death-al-asad'], /^Where the US contractor died$/],
  ['d-carney-counts', ['uss-carney-intercepts-houthi-launches'], /^How many missiles and drones USS Carney/],
  ['d-oct7-death-toll', ['hamas-attack-on-israel'], /^Death toll of the 7 Oct attack$/],
  ['d-biden-khamenei-message', ['biden-warning-to-khamenei'], /^Whether Biden's warning went to Khamenei$/],
  ['d-nov8-casualties', ['us-strike-deir-ez-zor-nov-8'], /^Deaths in the 8 Nov US strike/],
  ['d-nov12-casualties', ['us-strikes-abu-kamal-mayadin-nov-12'], /^Deaths in the 12 Nov US strikes$/],
  [
    'd-crbm-date',
    ['al-asad-close-range-ballistic-missile-attack', 'ac-130-strike-after-al-asad-attack'],
    /^Date of the first close-range ballistic missile attack/,
  ],
  ['d-nov22-casualties', ['us-strikes-kh-facilities-nov-22'], /^Deaths in the 22 Nov US strikes/],
  ['d-dec3-affiliation', ['us-drone-strike-near-kirkuk-dec-3'], /^Which group the five men killed near Kirkuk/],
  [
    'd-seed004-dec25',
    ['erbil-air-base-drone-attack-dec-25', 'us-strikes-kh-facilities-dec-26'],
    /^An AI-generated summary on /,
  ],
  ['d-dec26-casualties', ['us-strikes-kh-facilities-dec-26'], /^Casualties of the 26 Dec US strikes/],
  ['d-jan4-toll-and-name', ['baghdad-strike-kills-abu-taqwa'], /^Who was killed in the 4 Jan Baghdad strike/],
  ['d-t22-location', ['tower-22-drone-attack'], /^Whether the Tower 22 attack took place in Jordan$/],
  ['d-t22-injuries', ['tower-22-drone-attack'], /^How many were injured at Tower 22$/],
  ['d-t22-attribution', ['tower-22-drone-attack'], /^Who carried out the Tower 22 attack$/],
  ['d-feb2-casualties', ['us-strikes-85-targets-iraq-syria'], /^Casualties of the 2–3 Feb US strikes$/],
  ['d-feb2-notification', ['us-strikes-85-targets-iraq-syria'], /^Whether Iraq was told of the strikes/],
  ['d-al-omar-toll', ['al-omar-drone-attack-sdf-killed'], /^Death toll and timing of the al-Omar/],
  ['d-feb7-toll', ['baghdad-strike-kills-abu-baqir-al-saadi'], /^How many were killed in the 7 Feb Baghdad strike$/],
  ['d-seed003-quote', ['blinken-visits-baghdad'], /^Wording of Blinken's remark/],
];

/** The two research disputes that concern no single event, and where the dataset records each. */
const DISPUTES_ELSEWHERE = ['d-seed000-fire-claim', 'd-attack-counting-methods'];

const REPOST_HOSTS = ['blogspot', 'hathalyoum', 'survivalistpros', 'leatherneckmagazine-digital'];

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/\bu\.s\./g, 'us')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function ngrams(list: string[], n: number): string[] {
  return list.slice(0, Math.max(0, list.length - n + 1)).map((_, i) => list.slice(i, i + n).join(' '));
}

/** Every piece of prose the dataset writes about an event, labelled for failure messages. */
function eventTexts(): [where: string, text: string][] {
  return data.events.flatMap((e) => [
    [`${e.id}.title`, e.title],
    [`${e.id}.summary`, e.summary ?? ''],
    [`${e.id}.dateNote`, e.dateNote ?? ''],
    [`${e.id}.confidenceNote`, e.confidenceNote ?? ''],
    ...e.casualties.map((c, i): [string, string] => [`${e.id}.casualties[${i}]`, `${c.group ?? ''} ${c.note ?? ''}`]),
    ...e.disputes.flatMap((d, i): [string, string][] => [
      [`${e.id}.disputes[${i}].topic`, d.topic],
      [`${e.id}.disputes[${i}].assessment`, d.assessment ?? ''],
      ...d.claims.map((c, j): [string, string] => [`${e.id}.disputes[${i}].claims[${j}]`, c.value]),
    ]),
  ]);
}

describe('escalation2023', () => {
  it('parseDataset(escalation2023Input) accepts it with zero issues', () => {
    expect(safeParseDataset(input).issues).toEqual([]);
    expect(() => parseDataset(input)).not.toThrow();
  });

  it('escalation2023 (the shipped JSON) is exactly parseDataset(escalation2023Input): run `npm run build:data` after editing', () => {
    expect(escalation2023).toEqual(parseDataset(input));
  });

  it('escalation2023.events holds the 33 researched events with unique ids, in time order', () => {
    expect(data.events).toHaveLength(33);
    expect(eventById.size).toBe(33);
    const starts = data.events.map((e) => e.start.slice(0, 10));
    expect([...starts].sort()).toEqual(starts);
  });

  it('escalation2023 accounts for all 28 research disputes, on events or in notes', () => {
    expect(DISPUTES_ON_EVENTS.length + DISPUTES_ELSEWHERE.length).toBe(28);
    for (const [researchId, eventIds, topic] of DISPUTES_ON_EVENTS) {
      for (const id of eventIds) {
        const found = event(id).disputes.filter((d) => topic.test(d.topic));
        expect(found.length, `${researchId} on ${id}`).toBeGreaterThan(0);
      }
    }
    // No dispute in the dataset that the research does not have.
    for (const e of data.events) {
      for (const d of e.disputes) {
        const known = DISPUTES_ON_EVENTS.some(([, ids, topic]) => ids.includes(e.id) && topic.test(d.topic));
        expect(known, `${e.id}: "${d.topic}"`).toBe(true);
      }
    }
    // d-seed000-fire-claim: stated in the description and on both sources, never as an event.
    expect(data.description).toMatch(/'massive fire' at a US base in Iraq could not be verified/);
    const sourceNote = (id: string) => data.sources.find((s) => s.id === id)?.note ?? '';
    expect(sourceNote('seed000')).toMatch(/massive fire/);
    expect(sourceNote('iranintl_nov11')).toMatch(/Harir/);
    // d-attack-counting-methods: stated in the description and in the notes of the counts it compares.
    expect(data.description).toMatch(/Pentagon counts only attacks on US facilities/);
    const aggregateNote = (id: string) => data.aggregates.find((a) => a.id === id)?.note ?? '';
    expect(aggregateNote('agg-2023-10-30')).toMatch(/strikes on US facilities/);
    expect(aggregateNote('agg-2023-11-14')).toMatch(/Washington Institute.*73/);
    expect(aggregateNote('agg-2023-11-07')).toMatch(/Ryder gave 38/);
    expect(aggregateNote('agg-isw-2024-01-29')).toMatch(/165/);
  });

  it('escalation2023.events[].sources names at least one source for every event', () => {
    for (const e of data.events) expect(e.sources.length, e.id).toBeGreaterThan(0);
  });

  it('escalation2023.events[].casualties gives every report a status, a reporter and a source', () => {
    const reports = data.events.flatMap((e) => e.casualties.map((c) => [e.id, c] as const));
    // 51 research entries, less the 7 Oct hostage count: the schema has no field for hostages, so it is in the summary.
    expect(reports.length).toBe(50);
    for (const [id, report] of reports) {
      expect(report.status, id).toMatch(/^(confirmed|reported|claimed|denied|unverified)$/);
      expect(report.reportedBy.length, id).toBeGreaterThan(0);
      expect(report.sources.length, id).toBeGreaterThan(0);
    }
  });

  it('escalation2023Input refers only to actors, sources and events that exist', () => {
    const actorIds = new Set(input.actors.map((a) => a.id));
    const sourceIds = new Set(input.sources.map((s) => s.id));
    const eventIds = new Set(input.events.map((e) => e.id));
    const missing: string[] = [];
    const check = (ids: Iterable<string>, known: Set<string>, where: string) => {
      for (const id of ids) if (!known.has(id)) missing.push(`${where}: ${id}`);
    };
    for (const e of input.events) {
      check(e.actors ?? [], actorIds, `${e.id}.actors`);
      check(e.targets ?? [], actorIds, `${e.id}.targets`);
      check(e.sources ?? [], sourceIds, `${e.id}.sources`);
      check(
        (e.related ?? []).map((r) => r.id),
        eventIds,
        `${e.id}.related`,
      );
      for (const c of e.casualties ?? []) {
        check(c.sources ?? [], sourceIds, `${e.id}.casualties`);
        if (c.reportedByActor) check([c.reportedByActor], actorIds, `${e.id}.casualties.reportedByActor`);
      }
      for (const d of e.disputes ?? []) {
        for (const c of d.claims) check(c.sources ?? [], sourceIds, `${e.id}.disputes`);
      }
    }
    for (const a of input.aggregates) check(a.sources, sourceIds, `${a.id}.sources`);
    expect(missing).toEqual([]);
  });

  it('escalation2023.sources lists only cited sources (iranintl_nov11 is cited in the note on seed000)', () => {
    const cited = new Set<string>([
      ...data.events.flatMap((e) => [
        ...e.sources,
        ...e.casualties.flatMap((c) => c.sources),
        ...e.disputes.flatMap((d) => d.claims.flatMap((c) => c.sources)),
      ]),
      ...data.aggregates.flatMap((a) => a.sources),
    ]);
    expect(data.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual(['iranintl_nov11']);
  });

  it('escalation2023.events[].related records every retaliation link in both directions', () => {
    const reverse = { retaliates_for: 'retaliated_by', retaliated_by: 'retaliates_for' } as const;
    let links = 0;
    for (const e of data.events) {
      for (const link of e.related) {
        if (link.type !== 'retaliates_for' && link.type !== 'retaliated_by') continue;
        links += 1;
        const wanted = reverse[link.type];
        const back = event(link.id).related.some((r) => r.id === e.id && r.type === wanted);
        expect(back, `${link.id} → ${e.id} (${wanted})`).toBe(true);
      }
    }
    expect(links).toBeGreaterThan(0);
  });

  it('escalation2023.aggregates keeps each counter in its own series, with one label and measure', () => {
    const labels = new Map<string, Set<string>>();
    const measures = new Map<string, Set<string>>();
    for (const a of data.aggregates) {
      labels.set(a.series, (labels.get(a.series) ?? new Set()).add(a.seriesLabel));
      measures.set(a.series, (measures.get(a.series) ?? new Set()).add(a.measure));
    }
    for (const [series, set] of labels) expect([...set], series).toHaveLength(1);
    for (const [series, set] of measures) expect([...set], series).toHaveLength(1);
    expect(data.aggregates).toHaveLength(23);
    expect([...labels.keys()].sort()).toEqual(['isw', 'sohr', 'us-dod', 'washington-institute', 'wikipedia']);
  });

  it('tower-22-drone-attack reports 3 killed (confirmed, US DoD) and more than 40 injured', () => {
    const t22 = event('tower-22-drone-attack');
    const killed = t22.casualties.find((c) => c.killed === 3);
    expect(killed?.status).toBe('confirmed');
    expect(killed?.reportedBy).toMatch(/US Department of Defense/);
    expect(killed?.reportedByActor).toBe('us-military');
    const latest = t22.casualties.find((c) => typeof c.injured === 'object' && c.injured.qualifier === 'more-than');
    expect(latest?.injured).toMatchObject({ min: 40, qualifier: 'more-than' });
    expect(latest?.status).toBe('confirmed');
  });

  it('us-strikes-kh-facilities-dec-26 shows both the CENTCOM and the Iraqi government figures', () => {
    const strikes = event('us-strikes-kh-facilities-dec-26');
    const centcom = strikes.casualties.find((c) => c.reportedBy.startsWith('CENTCOM'));
    const iraq = strikes.casualties.find((c) => c.reportedByActor === 'iraq-government');
    expect(centcom?.killed).toMatchObject({ text: expect.stringMatching(/a number/) });
    expect(iraq).toMatchObject({ killed: 1, injured: 18 });
  });

  it('barracks-drone-fails-to-detonate disputes its base: Erbil against al-Asad', () => {
    const barracks = event('barracks-drone-fails-to-detonate');
    const dispute = barracks.disputes.find((d) => d.field === 'location');
    const values = dispute?.claims.map((c) => c.value) ?? [];
    expect(values).toContain('Erbil air base');
    expect(values).toContain('Al-Asad Air Base');
    expect(barracks.disputes.map((d) => d.field)).toEqual(expect.arrayContaining(['location', 'start', 'casualties']));
  });

  it("erbil-air-base-drone-attack-dec-25 and us-strikes-kh-facilities-dec-26 show seed 004's account as disputed claims", () => {
    for (const id of ['erbil-air-base-drone-attack-dec-25', 'us-strikes-kh-facilities-dec-26']) {
      const claimsBySeed = event(id).disputes.filter((d) =>
        d.claims.some((c) => c.sources.includes('seed004') && d.claims.some((o) => !o.sources.includes('seed004'))),
      );
      expect(claimsBySeed.length, id).toBeGreaterThanOrEqual(2);
    }
    const seed004 = data.sources.find((s) => s.id === 'seed004');
    expect(seed004?.note).toMatch(/AI-generated/);
    expect(seed004?.note).toMatch(/Unreliable/);
  });

  it('escalation2023.sources[].url is an http(s) address, never on a known repost host', () => {
    for (const source of data.sources) {
      if (source.url === undefined) continue;
      expect(source.url, source.id).toMatch(/^https?:\/\//);
      for (const host of REPOST_HOSTS) expect(new URL(source.url).hostname, source.id).not.toContain(host);
    }
  });

  it('escalation2023.events[].title is at most 90 characters', () => {
    for (const e of data.events) expect(e.title.length, e.id).toBeLessThanOrEqual(90);
  });

  it("escalation2023Input never quotes seed 003's garbled Blinken quote", () => {
    expect(JSON.stringify(input)).not.toMatch(/aligned to the rounds/i);
  });

  it('escalation2023.events never reuses 8 consecutive words from a seed article', (context) => {
    if (!existsSync(seedsDir)) {
      context.skip(`seed articles not found at ${seedsDir}; the copy check needs ../shared/seeds beside the repo`);
    }
    const seedGrams = new Set(
      readdirSync(seedsDir)
        .filter((file) => file.endsWith('.txt'))
        .flatMap((file) => ngrams(words(readFileSync(path.join(seedsDir, file), 'utf8')), 8)),
    );
    expect(seedGrams.size).toBeGreaterThan(0);
    const copied = eventTexts().flatMap(([where, text]) =>
      ngrams(words(text), 8)
        .filter((gram) => seedGrams.has(gram))
        .map((gram) => `${where}: "${gram}"`),
    );
    expect(copied).toEqual([]);
  });
});

describe('escalation2023 reader-facing text', () => {
  it('never names a source by the project’s internal "seed" numbers (readers see outlets, not our file names)', () => {
    const texts = data.events.flatMap((e) => [
      e.title,
      e.summary ?? '',
      e.dateNote ?? '',
      e.confidenceNote ?? '',
      ...(e.casualties ?? []).flatMap((c) => [c.reportedBy ?? '', c.note ?? '']),
      ...(e.disputes ?? []).flatMap((d) => [d.topic ?? '', ...d.claims.flatMap((c) => [c.by, c.value])]),
    ]);
    expect(texts.filter((text) => /\bseed\s?\d{3}\b/i.test(text))).toEqual([]);
  });
});
