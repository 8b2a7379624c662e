import type { TimelineEventInput } from '../../schema/event';
import { sharedDisputes } from './disputes';
import { places } from './places';

/** October 2023: the attack on Israel, the first attacks on US forces and the first US strikes in Syria. */
export const events202310: TimelineEventInput[] = [
  {
    id: 'hamas-attack-on-israel',
    start: '2023-10-07',
    precision: 'day',
    approximate: false,
    timeZone: 'Asia/Jerusalem',
    title: 'Hamas-led attack on southern Israel; the Israel–Hamas war begins',
    summary:
      "Militants led by Hamas crossed from Gaza into southern Israel, killing about 1,200 people by Israel's revised count; Israeli authorities said more than 240 people were taken to Gaza as hostages. Israel declared war and began a military campaign in Gaza. The first militia attacks on US forces in Iraq and Syria came ten days later.",
    category: 'context',
    actors: ['hamas'],
    targets: ['israel'],
    location: {
      name: 'Southern Israel (Gaza border area)',
      country: 'Israel',
      lat: 31.4,
      lon: 34.45,
      approximate: true,
    },
    casualties: [
      {
        group: 'People in Israel, mostly civilians',
        killed: { value: 1400, qualifier: 'about', text: 'about 1,400 (early estimate)' },
        status: 'reported',
        reportedBy: 'Early Israeli official estimate, repeated in news reports from October to early November 2023',
        asOf: '2023-10',
        sources: ['seed000', 'newsmax_toll'],
        note: "In use from October until 9 Nov 2023; replaced by Israel's revised estimate of 10 Nov.",
      },
      {
        group: 'People in Israel, mostly civilians',
        killed: { value: 1200, qualifier: 'about' },
        status: 'confirmed',
        reportedBy: 'Israeli Foreign Ministry spokesman Lior Haiat (revised official estimate)',
        reportedByActor: 'israel',
        asOf: '2023-11-10',
        sources: ['newsmax_toll', 'epoch_toll'],
        note: 'Described by the ministry as not a final number.',
      },
    ],
    disputes: [
      {
        field: 'casualties',
        topic: 'Death toll of the 7 Oct attack',
        claims: [
          { value: 'About 1,400 killed', by: 'Zee News, using the early Israeli estimate', sources: ['seed000'] },
          {
            value: 'About 1,200 killed',
            by: 'Israeli Foreign Ministry, revised estimate of 10 Nov 2023',
            sources: ['newsmax_toll', 'epoch_toll'],
          },
        ],
        assessment:
          'The revised official figure of about 1,200 replaces the early one; 1,400 is kept only as the figure in use at the time.',
        status: 'resolved',
      },
    ],
    related: [{ type: 'precedes', id: 'first-drone-attacks-al-asad-harir' }],
    sources: ['seed000', 'seed001', 'newsmax_toll', 'epoch_toll'],
    confidence: 'high',
    confidenceNote:
      'The date and broad facts are not in doubt. Israel revised the toll from about 1,400 to about 1,200 on 10 Nov 2023; Zee News uses the earlier figure. The hostage figure is not a casualty report (the record has no field for hostages); later hostage figures were not checked. Iran denied a role while praising the attack.',
    significance: 5,
  },
  {
    id: 'first-drone-attacks-al-asad-harir',
    start: '2023-10-17',
    end: '2023-10-18',
    precision: 'day',
    approximate: true,
    timeZone: 'Asia/Baghdad',
    dateNote:
      "The Pentagon counts the attacks from 17 Oct, apparently in US Eastern time. CENTCOM's first statement (18 Oct) covered the previous 24 hours, and it later dated the al-Asad injuries to 18 Oct; the Washington Institute dates the Harir attack to 17 Oct.",
    title: 'First drone attacks on bases hosting US troops in western and northern Iraq',
    summary:
      'Drones were flown at al-Asad Air Base in western Iraq and at a base in the north that the Washington Institute and Shafaq News identify as Harir. CENTCOM said US forces destroyed one drone and damaged another in the west, which caused minor injuries to coalition troops, and destroyed a third in the north. The Islamic Resistance in Iraq claimed the attacks.',
    category: 'attack',
    actors: ['iri', 'tashkil-al-waritheen'],
    targets: ['us-forces'],
    location: places.alAsad,
    additionalLocations: [places.harir],
    casualties: [
      {
        group: 'Coalition forces at al-Asad',
        injured: { text: 'minor injuries, number not given' },
        status: 'confirmed',
        reportedBy: 'CENTCOM statement of 18 Oct 2023',
        reportedByActor: 'us-military',
        asOf: '2023-10-18',
        sources: ['atlas_oct18', 'gvwire_oct18'],
      },
      {
        group: 'US personnel at al-Asad',
        injured: 4,
        status: 'confirmed',
        reportedBy: 'CENTCOM spokesperson, to NBC News and The Hill',
        reportedByActor: 'us-military',
        asOf: '2023-10-25',
        sources: ['hill_24inj', 'nbc_sott'],
        note: 'From two separate drone attacks on 18 Oct; all returned to duty. Debris from one drone destroyed a hangar.',
      },
    ],
    disputes: [sharedDisputes.firstAttackDate, sharedDisputes.oct18InjuryCount],
    related: [
      { type: 'follows', id: 'hamas-attack-on-israel' },
      {
        type: 'retaliated_by',
        id: 'us-strikes-abu-kamal-oct-27',
        note: "Among the attacks 'since Oct. 17' that the US cited for its strikes",
      },
      { type: 'part_of_wave', id: 'al-tanf-drone-attack-oct-18' },
      { type: 'part_of_wave', id: 'contractor-death-al-asad' },
    ],
    sources: [
      'atlas_oct18',
      'gvwire_oct18',
      'ap_kvia_oct18',
      'winep_iri',
      'hill_24inj',
      'nbc_sott',
      'milthink_oct23',
      'shafaq_oct23',
    ],
    confidence: 'high',
    confidenceNote:
      'CENTCOM confirmed the attacks and the injuries. The date (17 or 18 Oct) depends on the source and time zone, and only non-US-government sources name Harir. AP first reported no injuries. The first claim for Harir came from Tashkil al-Waritheen; the IRI claimed it later (Washington Institute).',
    significance: 4,
  },
  {
    id: 'al-tanf-drone-attack-oct-18',
    start: '2023-10-18',
    precision: 'day',
    approximate: false,
    timeZone: 'Asia/Damascus',
    title: 'Drone attack on al-Tanf garrison in Syria leaves 20 US personnel with minor injuries',
    summary:
      'One-way attack drones were flown at US and coalition forces at al-Tanf in southern Syria; one was shot down and another hit the base. A week later CENTCOM said 20 US personnel had suffered minor injuries and returned to duty. The US did not name the attackers; the Islamic Resistance in Iraq claimed attacks on al-Tanf in this period.',
    category: 'attack',
    actors: ['iran-aligned-militias'],
    targets: ['us-forces'],
    location: {
      name: 'Al-Tanf garrison, Homs Governorate (near the Syria–Iraq–Jordan border)',
      country: 'Syria',
      lat: 33.49,
      lon: 38.66,
      approximate: true,
    },
    casualties: [
      {
        group: 'US personnel',
        injured: 20,
        status: 'confirmed',
        reportedBy: 'CENTCOM spokesperson, to NBC News and The Hill',
        reportedByActor: 'us-military',
        asOf: '2023-10-25',
        sources: ['hill_24inj', 'nbc_sott', 'wtvr_oct25'],
        note: 'Minor injuries; all returned to duty. Politico reported (via Scripps News) that at least 19 of those hurt had traumatic brain injuries; not checked against a primary source.',
      },
    ],
    disputes: [sharedDisputes.oct18InjuryCount, sharedDisputes.firstAttackDate],
    related: [
      { type: 'part_of_wave', id: 'first-drone-attacks-al-asad-harir' },
      {
        type: 'retaliated_by',
        id: 'us-strikes-abu-kamal-oct-27',
        note: "Among the attacks 'since Oct. 17' that the US cited for its strikes",
      },
    ],
    sources: ['hill_24inj', 'nbc_sott', 'epoch_oct21', 'totalnews_oct26', 'wtvr_oct25'],
    confidence: 'high',
    confidenceNote:
      "Confirmed by CENTCOM. The Pentagon's first account (19 Oct) spoke of minor injuries without numbers; the totals came a week later.",
    significance: 3,
  },
  {
    id: 'contractor-death-al-asad',
    start: '2023-10-18',
    precision: 'day',
    approximate: false,
    timeZone: 'Asia/Baghdad',
    title: 'US civilian contractor dies of a cardiac incident while sheltering at al-Asad',
    summary:
      'A US civilian contractor died of a cardiac incident while sheltering in place during an alert at al-Asad Air Base that proved to be a false alarm. The Pentagon said the death did not happen during a drone attack.',
    category: 'context',
    actors: [],
    targets: [],
    location: places.alAsad,
    casualties: [
      {
        group: 'US civilian contractor',
        killed: 1,
        status: 'confirmed',
        reportedBy: "US Department of Defense (Austin's statement of 26 Oct; CENTCOM via NBC News)",
        reportedByActor: 'us-military',
        asOf: '2023-10-26',
        sources: ['blaze_austin_oct26', 'nbc_sott', 'hill_24inj'],
        note: 'A non-hostile death.',
      },
    ],
    disputes: [
      {
        field: 'location',
        topic: 'Where the US contractor died',
        claims: [
          {
            value: 'At al-Asad Air Base, while sheltering during a false alarm',
            by: 'CENTCOM, via NBC News and The Hill; Wikipedia',
            sources: ['nbc_sott', 'hill_24inj', 'wiki_attacks_mirror'],
          },
          { value: 'In connection with the al-Tanf drone attack', by: 'NatSec Brief', sources: ['milthink_oct23'] },
        ],
        assessment: 'The official account places the death at al-Asad; the brief appears to be mistaken.',
        status: 'resolved',
      },
    ],
    related: [{ type: 'part_of_wave', id: 'first-drone-attacks-al-asad-harir' }],
    sources: ['blaze_austin_oct26', 'nbc_sott', 'hill_24inj', 'wiki_attacks_mirror', 'milthink_oct23'],
    confidence: 'high',
    confidenceNote:
      'The death is confirmed by the Pentagon. One think-tank brief linked it to al-Tanf; official and Wikipedia accounts place it at al-Asad.',
    significance: 2,
  },
  {
    id: 'uss-carney-intercepts-houthi-launches',
    start: '2023-10-19',
    precision: 'day',
    approximate: false,
    timeZone: 'Asia/Riyadh',
    title: 'USS Carney shoots down Houthi cruise missiles and drones over the Red Sea',
    summary:
      'The US destroyer USS Carney, in the northern Red Sea, shot down cruise missiles and drones launched from Yemen by the Houthis; the Pentagon said they were possibly heading for Israel. It happened outside Iraq and Syria and is included as context, as Reuters did in its account of the period.',
    category: 'context',
    actors: ['houthis', 'us-military'],
    targets: [],
    location: { name: 'Northern Red Sea', country: 'International waters', lat: 26.5, lon: 35, approximate: true },
    casualties: [
      {
        group: 'US forces and civilians',
        killed: 0,
        injured: 0,
        status: 'confirmed',
        reportedBy: 'Pentagon (Brig. Gen. Pat Ryder)',
        reportedByActor: 'us-military',
        asOf: '2023-10-19',
        sources: ['stripes_carney', 'abc_carney'],
        note: "No deaths or injuries in the Pentagon's account.",
      },
    ],
    disputes: [
      {
        field: 'weapon',
        topic: 'How many missiles and drones USS Carney shot down',
        claims: [
          {
            value: "3 land-attack cruise missiles and 'several' drones",
            by: 'Pentagon (Ryder), 19 Oct',
            sources: ['stripes_carney'],
          },
          {
            value: '4 cruise missiles and 14 drones, up from 3 and 8',
            by: 'US officials to ABC News, 20 Oct',
            sources: ['abc_carney'],
          },
          {
            value: '4 cruise missiles and 15 drones',
            by: 'Reuters, citing US military officials',
            sources: ['seed001'],
          },
        ],
        assessment:
          'The counts rose as assessments came in; 14 against 15 drones remains inconsistent between outlets.',
        status: 'open',
      },
    ],
    sources: ['seed001', 'stripes_carney', 'abc_carney'],
    confidence: 'high',
    confidenceNote:
      'The event is confirmed; the numbers shot down changed as reports were updated. No position was published.',
    significance: 1,
  },
  {
    id: 'al-asad-attacks-oct-22-death-claims-denied',
    start: '2023-10-22',
    precision: 'day',
    approximate: false,
    timeZone: 'Asia/Baghdad',
    title: 'Militia claims US deaths in attacks on al-Asad; CENTCOM says the reports are untrue',
    summary:
      'The Islamic Resistance in Iraq said it had hit at least three US bases with drones and that some of those hurt had died, and militia-linked and Iranian media reported US deaths. CENTCOM said reports of US service member deaths were not true. US military sources said a drone that came down inside al-Asad caused no significant damage or casualties.',
    category: 'attack',
    actors: ['iri'],
    targets: ['us-forces'],
    location: places.alAsad,
    casualties: [
      {
        group: 'US service members',
        killed: {
          min: 2,
          qualifier: 'at-least',
          text: "deaths claimed; 'at least two' in some militia-linked and Iranian media",
        },
        status: 'claimed',
        reportedBy: 'Islamic Resistance in Iraq; militia-linked and Iranian media (per The Atlas News)',
        reportedByActor: 'iri',
        asOf: '2023-10-22',
        sources: ['seed002', 'atlas_oct22'],
      },
      {
        group: 'US service members',
        killed: 0,
        status: 'denied',
        reportedBy: 'CENTCOM, to The National',
        reportedByActor: 'us-military',
        asOf: '2023-10-22',
        sources: ['seed002', 'atlas_oct22'],
        note: 'CENTCOM said reports of US service member deaths in Iraq that day were not true.',
      },
    ],
    disputes: [
      {
        field: 'casualties',
        topic: 'Whether US service members were killed at al-Asad on 22 Oct',
        claims: [
          {
            value: 'Some US casualties were fatal (at least two dead, in militia-linked and Iranian media)',
            by: 'Islamic Resistance in Iraq; militia-linked and Iranian media',
            sources: ['seed002', 'atlas_oct22'],
          },
          {
            value: 'Reports of US service member deaths are not true',
            by: 'CENTCOM, to The National; also via Fox News',
            sources: ['seed002', 'atlas_oct22'],
          },
        ],
        assessment:
          'The Pentagon and Wikipedia record no US deaths from hostile action before Tower 22 (28 Jan 2024). The claim is shown as claimed and denied.',
        status: 'resolved',
      },
    ],
    related: [{ type: 'precedes', id: 'sudani-orders-pursuit-of-attackers' }],
    sources: ['seed002', 'atlas_oct22'],
    confidence: 'medium',
    confidenceNote:
      "Two outlets report the CENTCOM denial (Breitbart, quoting The National; The Atlas News, citing Fox News). That the drone came down because of a 'technical problem' rests on one Iraqi security source.",
    significance: 2,
  },
  {
    id: 'sudani-orders-pursuit-of-attackers',
    start: '2023-10-23',
    precision: 'day',
    approximate: false,
    timeZone: 'Asia/Baghdad',
    title: 'Iraqi PM orders security forces to pursue those attacking bases with coalition advisers',
    summary:
      "Prime Minister Mohammed Shia al-Sudani's office, through military spokesman Maj. Gen. Yahya Rasool, called attacks on Iraqi bases hosting international coalition advisers unacceptable. It said he had told the security services to find those responsible and to tighten protection of the bases.",
    category: 'statement',
    actors: ['iraq-government'],
    targets: ['iran-aligned-militias'],
    location: places.baghdad,
    related: [
      { type: 'responds_to', id: 'al-asad-attacks-oct-22-death-claims-denied' },
      { type: 'same_day', id: 'baghdad-meeting-sudani-militia-leaders' },
    ],
    sources: ['ina_oct23', 'efe_oct23', 'reuters_uol_oct23', 'jpost_oct23', 'shafaq_oct23', 'seed002'],
    confidence: 'high',
    confidenceNote:
      "Official statement carried by the state news agency INA and reported by Reuters and EFE. It does not name the groups; Breitbart News's date ('Monday') matches.",
    significance: 2,
  },
  {
    id: 'baghdad-meeting-sudani-militia-leaders',
    start: '2023-10-23',
    precision: 'day',
    approximate: false,
    timeZone: 'Asia/Baghdad',
    title: 'Sudani meets militia leaders in Baghdad and asks them to stop attacks, Reuters reports',
    summary:
      'Reuters, citing seven people who attended or were briefed, reported that Sudani and about ten senior officials met leaders of roughly a dozen armed groups in Baghdad and asked them to halt attacks on US forces. Most reportedly refused to stop while Israel kept up its siege and bombardment of Gaza.',
    category: 'diplomacy',
    actors: ['iraq-government'],
    targets: ['iran-aligned-militias'],
    location: places.baghdad,
    related: [
      { type: 'same_day', id: 'sudani-orders-pursuit-of-attackers' },
      { type: 'precedes', id: 'blinken-visits-baghdad' },
    ],
    sources: ['seed000', 'seed001', 'reuters_brink_pakobserver', 'k24_blinken'],
    confidence: 'medium',
    confidenceNote:
      'Reported only by Reuters (five coalition lawmakers, a security adviser and a militia leader); both seeds that carry it derive from the same Reuters text. Separately, Blinken said on 5 Nov that Sudani had condemned the attacks in a call with him on 23 Oct (Kurdistan24).',
    significance: 2,
  },
  {
    id: 'biden-warning-to-khamenei',
    start: '2023-10-25',
    end: '2023-10-26',
    precision: 'day',
    approximate: false,
    timeZone: 'America/New_York',
    title: 'Biden says he warned Khamenei of a US response to attacks on troops',
    summary:
      "President Biden said on 25 Oct that he had warned Iran's Supreme Leader that the United States would respond if attacks on its troops went on, and the White House said on 26 Oct that a direct message had been passed on. An aide to Iran's president said the US messages were not addressed to Khamenei and were not warnings.",
    category: 'statement',
    actors: ['us-government'],
    targets: ['iran'],
    location: { name: 'Washington, D.C.', country: 'United States', lat: 38.897, lon: -77.037, approximate: true },
    disputes: [
      {
        field: 'other',
        topic: "Whether Biden's warning went to Khamenei",
        claims: [
          {
            value: 'Biden warned Khamenei that the US would respond; a direct message was relayed',
            by: 'President Biden (25 Oct); White House spokesman John Kirby (26 Oct)',
            sources: ['st_biden'],
          },
          {
            value: 'The US messages were not addressed to Khamenei and were requests, not warnings',
            by: "Mohammad Jamshidi, aide to Iran's president",
            sources: ['alarabiya_biden', 'st_biden'],
          },
        ],
        assessment: 'The content of the message is not public; both positions are shown.',
        status: 'open',
      },
    ],
    related: [{ type: 'precedes', id: 'us-strikes-abu-kamal-oct-27' }],
    sources: ['st_biden', 'alarabiya_biden'],
    confidence: 'high',
    confidenceNote:
      "Biden's remark and the White House confirmation are well documented; Iran disputes whom the message reached and what it said.",
    significance: 2,
  },
  {
    id: 'barracks-drone-fails-to-detonate',
    start: '2023-10-26T05:00:00+03:00',
    precision: 'hour',
    approximate: true,
    timeZone: 'Asia/Baghdad',
    dateNote:
      'Reuters puts it before sunrise on 26 Oct, at about 05:00; the Wall Street Journal, as summarised by Kurdistan24 and Shafaq News, says 25 Oct. 05:00 on 26 Oct in Iraq is 22:00 on 25 Oct in US Eastern time, which may explain the difference (not confirmed).',
    title: 'Explosive drone crashes into a US barracks in Iraq but fails to detonate',
    summary:
      'A drone carrying explosives got through US air defences and struck the upper floor of a barracks housing US troops, but its charge did not go off. Reuters, citing two US officials, places the attack at Erbil air base and reports one concussion; a blog copy of a Wall Street Journal report says al-Asad, with no injuries reported. The attackers were not named; a militia was suspected.',
    category: 'attack',
    actors: ['iran-aligned-militias'],
    targets: ['us-forces'],
    location: places.erbilAirBase,
    casualties: [
      {
        group: 'US service members',
        injured: 1,
        status: 'reported',
        reportedBy: 'Reuters, citing two unnamed US officials',
        asOf: '2023-11-08',
        sources: ['seed001', 'reuters_brink_pakobserver', 'reuters_brink_dailymail'],
        note: 'A concussion from the impact. Reported about 8–9 Nov 2023.',
      },
      {
        group: 'US service members',
        injured: 0,
        status: 'reported',
        reportedBy: 'The Wall Street Journal, citing unnamed defense officials',
        asOf: '2023-11-02',
        sources: ['seed003', 'k24_wsj', 'shafaq_wsj'],
        note: 'No injuries were reported, according to the WSJ report of 2 Nov and its update of 5 Nov (a blog copy of it; summaries by Kurdistan24 and Shafaq News).',
      },
    ],
    disputes: [
      {
        field: 'location',
        topic: 'Which base the barracks drone hit',
        claims: [
          {
            value: 'Erbil air base',
            by: 'Reuters, citing two US officials (also carried by the Daily Mail and Pakistan Observer)',
            sources: ['seed001', 'reuters_brink_dailymail', 'reuters_brink_pakobserver'],
          },
          {
            value: 'Erbil air base',
            by: "The Wall Street Journal's first report (2 Nov), as summarised by Kurdistan24 and Shafaq News",
            sources: ['k24_wsj', 'shafaq_wsj'],
          },
          {
            value: 'Al-Asad Air Base',
            by: 'The Wall Street Journal, as updated on 5 Nov (a blog copy)',
            sources: ['seed003'],
          },
          {
            value: 'A two-drone attack on the base beside Erbil airport on 26 Oct',
            by: 'Islamic Resistance in Iraq, via Shafaq News',
            sources: ['shafaq_wsj'],
          },
        ],
        assessment:
          'Erbil is better supported. The WSJ text changed between 2 and 5 Nov (a Pentagon confirmation was added); whether the base name changed too, or the blog copy introduced the error, could not be established.',
        status: 'open',
      },
      {
        field: 'start',
        topic: 'Date of the barracks drone attack: 25 or 26 Oct',
        claims: [
          { value: '26 Oct, about 05:00, before sunrise', by: 'Reuters', sources: ['seed001'] },
          {
            value: '25 Oct',
            by: 'The Wall Street Journal, as summarised by Kurdistan24 and Shafaq News',
            sources: ['k24_wsj', 'shafaq_wsj'],
          },
          { value: 'Late October, no day given', by: 'The Wall Street Journal (a blog copy)', sources: ['seed003'] },
        ],
        assessment:
          '05:00 on 26 Oct in Iraq (UTC+3) is 22:00 on 25 Oct in US Eastern time, so both may describe the same moment; probably a time-zone artefact, not confirmed.',
        status: 'open',
      },
      {
        field: 'casualties',
        topic: 'Whether anyone was hurt by the barracks drone',
        claims: [
          {
            value: 'One service member was concussed',
            by: 'Reuters, citing two US officials',
            sources: ['seed001'],
          },
          {
            value: 'No injuries reported',
            by: 'The Wall Street Journal (a blog copy; Kurdistan24; Shafaq News)',
            sources: ['seed003', 'k24_wsj', 'shafaq_wsj'],
          },
        ],
        assessment:
          'Unresolved. The Reuters report is later (about 8–9 Nov) and more specific, and concussions are often diagnosed after the first reports.',
        status: 'open',
      },
    ],
    related: [
      {
        type: 'precedes',
        id: 'us-strikes-abu-kamal-oct-27',
        note: 'The US strikes came hours later (WSJ); the Pentagon did not link them to this attack',
      },
    ],
    sources: [
      'seed001',
      'seed003',
      'reuters_brink_pakobserver',
      'reuters_brink_dailymail',
      'reuters_brink_byline',
      'k24_wsj',
      'shafaq_wsj',
      'wsj_repost_survivalist',
    ],
    confidence: 'medium',
    confidenceNote:
      "That a barracks was hit is well supported: the Pentagon confirmed it to the WSJ, and Reuters reported it separately. The base, the date and the injuries conflict. Erbil has more support: Reuters, the first WSJ report as summarised by two outlets, and the IRI's own claim of a drone attack there on 26 Oct.",
    significance: 3,
  },
  {
    id: 'us-strikes-abu-kamal-oct-27',
    start: '2023-10-27T04:30:00+03:00',
    precision: 'minute',
    approximate: true,
    timeZone: 'Asia/Damascus',
    dateNote:
      'Announced by Defense Secretary Austin on 26 Oct, US Eastern time. A US defense official put the strikes at about 04:30 local time on Friday 27 Oct (01:30 GMT).',
    title: 'US F-16s strike two IRGC-linked weapons and ammunition stores near Abu Kamal, Syria',
    summary:
      "On President Biden's orders, two US F-16s struck a weapons store and an ammunition store near Abu Kamal that the Pentagon said were used by Iran's Revolutionary Guards and affiliated groups. They were the first US retaliatory strikes of the campaign; Austin called them self-defence strikes, separate from the Israel–Hamas war.",
    category: 'strike',
    actors: ['us-military'],
    targets: ['irgc', 'iran-aligned-militias'],
    location: places.abuKamal,
    casualties: [
      {
        group: 'People at the targeted sites',
        killed: 0,
        status: 'reported',
        reportedBy: 'US Department of Defense assessment, as reported by AFP',
        reportedByActor: 'us-military',
        asOf: '2023-11-10',
        sources: ['bss_afp_nov10'],
        note: 'The US said it assessed no casualties; no independent figure was found.',
      },
    ],
    disputes: [sharedDisputes.oct18InjuryCount],
    related: [
      {
        type: 'retaliates_for',
        id: 'first-drone-attacks-al-asad-harir',
        note: "Among the attacks 'since Oct. 17' that the US cited for its strikes",
      },
      {
        type: 'retaliates_for',
        id: 'al-tanf-drone-attack-oct-18',
        note: "Among the attacks 'since Oct. 17' that the US cited for its strikes",
      },
      {
        type: 'follows',
        id: 'barracks-drone-fails-to-detonate',
        note: 'The WSJ says the strikes came hours after the barracks drone; the Pentagon did not link them to it',
      },
      { type: 'follows', id: 'biden-warning-to-khamenei' },
      { type: 'precedes', id: 'us-strike-deir-ez-zor-nov-8' },
    ],
    sources: [
      'blaze_austin_oct26',
      'jewishpress_oct27',
      'dw_nh_oct27',
      'reuters_biker_oct27',
      'bss_afp_nov10',
      'seed003',
    ],
    confidence: 'high',
    confidenceNote:
      'Based on the Pentagon statement, reported by Reuters and DW. In the same statement Austin said the attacks since 17 Oct had left 21 US personnel with minor injuries and one US contractor dead of a cardiac incident.',
    significance: 4,
  },
];
