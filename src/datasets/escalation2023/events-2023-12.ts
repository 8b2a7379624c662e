import type { TimelineEventInput } from '../../schema/event';
import { places } from './places';

/** December 2023: attacks resume after the truce; the Erbil drone and the US strikes of 26 Dec. */
export const events202312: TimelineEventInput[] = [
  {
    id: 'us-drone-strike-near-kirkuk-dec-3',
    start: '2023-12-03',
    precision: 'day',
    approximate: false,
    timeZone: 'Asia/Baghdad',
    title: 'US drone strike kills five militants preparing a drone launch near Kirkuk',
    summary:
      'Coalition forces saw five militants preparing to launch a one-way attack drone near Kirkuk, and an armed US drone struck them, killing all five and destroying the drone, according to CENTCOM. Iraqi security forces confirmed the deaths, and the Islamic Resistance in Iraq acknowledged five of its fighters.',
    category: 'strike',
    actors: ['us-military'],
    targets: ['iran-aligned-militias'],
    location: { name: 'Near Kirkuk', country: 'Iraq', lat: 35.47, lon: 44.39, approximate: true },
    casualties: [
      {
        group: 'Militants',
        killed: 5,
        status: 'confirmed',
        reportedBy: 'CENTCOM; Iraqi security forces; the Islamic Resistance in Iraq acknowledged five of its fighters',
        reportedByActor: 'us-military',
        asOf: '2023-12-04',
        sources: ['ntd_dec4', 'afa_dec3', 'atlas_dec4', 'menafn_dec4'],
      },
    ],
    disputes: [
      {
        field: 'targets',
        topic: 'Which group the five men killed near Kirkuk belonged to',
        claims: [
          {
            value: 'Harakat Hezbollah al-Nujaba',
            by: 'Michael Knights, Washington Institute (in Air & Space Forces Magazine)',
            sources: ['afa_dec3'],
          },
          {
            value: "The vehicle belonged to the PMF's 40th Brigade",
            by: 'A PMF-aligned commander, to Rudaw',
            sources: ['rudaw_dec8'],
          },
          {
            value: 'Five of its fighters, no sub-group named',
            by: 'Islamic Resistance in Iraq',
            sources: ['atlas_dec4', 'menafn_dec4'],
          },
        ],
        assessment: 'The deaths are agreed; the affiliation is not. CENTCOM named no group.',
        status: 'open',
      },
    ],
    related: [{ type: 'follows', id: 'gaza-truce-lull' }],
    sources: ['ntd_dec4', 'afa_dec3', 'atlas_dec4', 'menafn_dec4', 'rudaw_dec8'],
    confidence: 'high',
    confidenceNote:
      'Confirmed by CENTCOM and acknowledged by the militia; the group the men belonged to is disputed. The Atlas News identifies the drone as an MQ-9.',
    significance: 3,
  },
  {
    id: 'rocket-attack-us-embassy-baghdad',
    start: '2023-12-08T04:15:00+03:00',
    precision: 'minute',
    approximate: true,
    timeZone: 'Asia/Baghdad',
    title: "Rockets fired at the US Embassy compound in Baghdad's Green Zone",
    summary:
      'Two salvoes of rockets were fired at the US Embassy compound in Baghdad at about 04:15, the first attack on the embassy since the Gaza war began; no casualties were reported. The attack was not claimed; the embassy said the indications pointed to Iran-aligned militias. Sudani ordered the attackers pursued and later called such attacks acts of terrorism.',
    category: 'attack',
    actors: ['iran-aligned-militias'],
    targets: ['us-government', 'us-forces'],
    location: { name: 'US Embassy, Green Zone, Baghdad', country: 'Iraq', lat: 33.3, lon: 44.39, approximate: true },
    casualties: [
      {
        group: 'Embassy and coalition personnel',
        killed: 0,
        injured: 0,
        status: 'confirmed',
        reportedBy: 'A US official; US Embassy statement',
        reportedByActor: 'us-government',
        asOf: '2023-12-08',
        sources: ['toi_dec8'],
      },
    ],
    sources: ['toi_dec8', 'wion_dec8', 'national_dec13'],
    confidence: 'high',
    confidenceNote:
      'Confirmed by the US Embassy. The number of rockets differs: at least three, according to an Iraqi security official (AFP), or two salvoes, according to the embassy. Iraqi officials said some hit the embassy compound and others the National Security Service headquarters; the nearby Union III base hosts coalition forces.',
    significance: 3,
  },
  {
    id: 'erbil-air-base-drone-attack-dec-25',
    start: '2023-12-25',
    precision: 'day',
    approximate: false,
    timeZone: 'Asia/Baghdad',
    dateNote:
      'The National Security Council said the attack came early that morning in northern Iraq (statement of 25 Dec). An AI-generated news summary wrongly says Saturday (23 Dec).',
    title: 'Drone attack on Erbil Air Base wounds three US service members, one critically',
    summary:
      'A one-way attack drone struck Erbil Air Base, wounding three US service members, one of them critically, the first critical injury of the campaign. The White House said Kataib Hezbollah and affiliated groups had claimed the attack, and the Pentagon attributed it to them. The critically wounded service member was later flown to Germany, in critical but stable condition.',
    category: 'attack',
    actors: ['kataib-hezbollah'],
    targets: ['us-forces'],
    location: places.erbilAirBase,
    casualties: [
      {
        group: 'US service members',
        injured: { value: 3, text: '3, one critically' },
        status: 'confirmed',
        reportedBy: 'Defense Secretary Austin; NSC spokesperson Adrienne Watson',
        reportedByActor: 'us-military',
        asOf: '2023-12-25',
        sources: ['fox_dec26', 'newsmax_dec25', 'breitbart_dec26', 'cnn_krdo_dec27'],
      },
      {
        group: 'US service members',
        injured: { value: 3, text: "3, described as 'lightly injured'" },
        status: 'reported',
        reportedBy: 'An AI-generated news summary (AiBot)',
        asOf: '2023-12-27',
        sources: ['seed004'],
        note: 'Contradicted by the Pentagon, which said one was critically injured.',
      },
    ],
    disputes: [
      {
        field: 'start',
        topic: 'An AI-generated summary on the day of the Erbil attack',
        claims: [
          { value: 'Saturday (23 Dec)', by: 'An AI-generated news summary (AiBot)', sources: ['seed004'] },
          {
            value: 'Early on Monday 25 Dec',
            by: 'NSC spokesperson Adrienne Watson; Defense Secretary Austin',
            sources: ['breitbart_dec26', 'fox_dec26'],
          },
        ],
        assessment: "Official statements date the attack to the early hours of 25 Dec; the seed's day is wrong.",
        status: 'resolved',
      },
      {
        field: 'weapon',
        topic: 'An AI-generated summary on the weapon used in the Erbil attack',
        claims: [
          {
            value: 'Rockets; as many as 15 small explosive drones launched from trucks south of Erbil',
            by: 'An AI-generated news summary (AiBot)',
            sources: ['seed004'],
          },
          {
            value: 'A one-way attack drone',
            by: 'NSC; Defense Secretary Austin; CENTCOM',
            sources: ['breitbart_dec26', 'fox_dec26', 'centcom_dec25'],
          },
        ],
        assessment:
          "Official statements describe a one-way attack drone. The seed's rockets are wrong, and its 15-drone detail was not found in any source checked.",
        status: 'resolved',
      },
      {
        field: 'casualties',
        topic: 'An AI-generated summary on how badly the Erbil victims were hurt',
        claims: [
          { value: "Three 'lightly injured'", by: 'An AI-generated news summary (AiBot)', sources: ['seed004'] },
          {
            value: 'Three injured, one critically',
            by: 'Defense Secretary Austin; NSC spokesperson Adrienne Watson',
            sources: ['fox_dec26', 'breitbart_dec26', 'cnn_krdo_dec27'],
          },
        ],
        assessment:
          "One service member was critically injured and later moved to Germany; the seed's description is wrong.",
        status: 'resolved',
      },
    ],
    related: [{ type: 'retaliated_by', id: 'us-strikes-kh-facilities-dec-26' }],
    sources: ['fox_dec26', 'newsmax_dec25', 'breitbart_dec26', 'cnn_krdo_dec27', 'centcom_dec25', 'seed004'],
    confidence: 'high',
    confidenceNote:
      'Based on official Pentagon and NSC statements. An AI-generated news summary gets the day, the weapon and the severity wrong (see the disputes).',
    significance: 4,
  },
  {
    id: 'us-strikes-kh-facilities-dec-26',
    start: '2023-12-26T04:45:00+03:00',
    precision: 'minute',
    approximate: false,
    timeZone: 'Asia/Baghdad',
    dateNote:
      'CENTCOM: 8:45 p.m. EST on 25 Dec, which is 04:45 on 26 Dec in Iraq. The Iraqi government dated the strikes to the morning of Tuesday 26 Dec.',
    title: 'US strikes three Kataib Hezbollah-linked sites in Iraq after the Erbil attack',
    summary:
      "On Biden's orders, US forces struck three sites in Iraq used by Kataib Hezbollah and affiliated groups, focusing on drone activity. CENTCOM said the strikes likely killed a number of KH militants and harmed no civilians; Iraq's government called them a clear hostile act and said one member of its forces was killed and 18 people were wounded, civilians among them.",
    category: 'strike',
    actors: ['us-military'],
    targets: ['kataib-hezbollah'],
    location: {
      name: 'Hillah, Babil Governorate (one of the sites)',
      country: 'Iraq',
      lat: 32.48,
      lon: 44.42,
      approximate: true,
    },
    additionalLocations: [{ name: 'Wasit Governorate (reported second strike area)', country: 'Iraq' }],
    casualties: [
      {
        group: 'Kataib Hezbollah militants',
        killed: { text: 'likely a number' },
        status: 'confirmed',
        reportedBy:
          "CENTCOM ('likely killed a number of Kataib Hezbollah militants'; no indication that civilians were affected)",
        reportedByActor: 'us-military',
        asOf: '2023-12-25',
        sources: ['centcom_dec25'],
        note: 'Statement dated 25 Dec, US Eastern time.',
      },
      {
        group: 'A member of the Iraqi security forces killed; the wounded include civilians',
        killed: 1,
        injured: 18,
        status: 'reported',
        reportedBy: "Government of Iraq (statement from the prime minister's office)",
        reportedByActor: 'iraq-government',
        asOf: '2023-12-26',
        sources: ['964_dec26', 'jpost_dec26'],
      },
      {
        group: 'Kataib Hezbollah fighters',
        killed: 1,
        injured: 16,
        status: 'reported',
        reportedBy: 'Two Iraqi security sources (Reuters)',
        asOf: '2023-12-26',
        sources: ['bdnews_dec26'],
      },
      {
        group: 'People at the Hillah and Wasit sites',
        killed: 1,
        injured: { value: 24, text: '20 in Hillah and 4 in Wasit' },
        status: 'reported',
        reportedBy: 'An Iraqi interior ministry official (AFP)',
        asOf: '2023-12-26',
        sources: ['dailysabah_dec26'],
      },
      {
        group: 'Militia members',
        killed: { min: 2, max: 3, text: 'two or three' },
        status: 'reported',
        reportedBy: 'An AI-generated news summary (AiBot)',
        asOf: '2023-12-27',
        sources: ['seed004'],
        note: 'Not supported by any official source found.',
      },
    ],
    disputes: [
      {
        field: 'location',
        topic: 'An AI-generated summary on where the US struck',
        claims: [
          {
            value: 'Deir ez-Zor in Syria and al-Qaim in Iraq',
            by: 'An AI-generated news summary (AiBot)',
            sources: ['seed004'],
          },
          {
            value: 'Three facilities, all in Iraq (Hillah in Babil, and Wasit, according to Iraqi sources)',
            by: 'Defense Secretary Austin; CENTCOM (to CBS News, via The Sun); Reuters and AFP citing Iraqi officials',
            sources: ['fox_dec26', 'centcom_dec25', 'sun_dec26', 'bdnews_dec26', 'dailysabah_dec26'],
          },
          {
            value:
              'For comparison only: the US strikes of June 2021 hit two sites in Syria and one in Iraq near the border',
            by: 'Pentagon press secretary John Kirby, 27 June 2021',
            sources: ['kirby_june2021'],
          },
        ],
        assessment:
          "All three sites were in Iraq. The seed's Syria and al-Qaim locations, its naming of Kataib Sayyid al-Shuhada and its 'Article II' wording match the US strikes of June 2021, which suggests the AI summary mixed the two; this is a hypothesis, not verified. Its report that Iraq would summon the US ambassador was not found in any source checked.",
        status: 'resolved',
      },
      {
        field: 'targets',
        topic: 'An AI-generated summary on which groups the US targeted',
        claims: [
          {
            value: 'Kataib Hezbollah and Kataib Sayyid al-Shuhada',
            by: 'An AI-generated news summary (AiBot)',
            sources: ['seed004'],
          },
          {
            value: 'Kataib Hezbollah and affiliated groups',
            by: 'Defense Secretary Austin; CENTCOM',
            sources: ['fox_dec26', 'centcom_dec25'],
          },
        ],
        assessment: 'US statements named Kataib Hezbollah and affiliated groups, not Kataib Sayyid al-Shuhada.',
        status: 'resolved',
      },
      {
        field: 'casualties',
        topic: 'Casualties of the 26 Dec US strikes in Iraq',
        claims: [
          {
            value: 'Likely killed a number of KH militants; no sign that civilians were affected',
            by: 'CENTCOM',
            sources: ['centcom_dec25'],
          },
          {
            value: '1 member of the Iraqi forces killed and 18 injured, civilians among them',
            by: 'Government of Iraq',
            sources: ['964_dec26', 'jpost_dec26'],
          },
          {
            value: '1 KH fighter killed, 16 wounded',
            by: 'Two Iraqi security sources (Reuters)',
            sources: ['bdnews_dec26'],
          },
          {
            value: '1 killed; 20 wounded in Hillah and 4 in Wasit',
            by: 'An Iraqi interior ministry official (AFP)',
            sources: ['dailysabah_dec26'],
          },
          {
            value: 'Two or three militia members killed',
            by: 'An AI-generated news summary (AiBot)',
            sources: ['seed004'],
          },
        ],
        assessment:
          "Iraqi sources agree on one death; the injured count runs from 16 to 24. Iraq says civilians were hurt; CENTCOM saw no sign of civilian harm. The seed's figure has no support.",
        status: 'open',
      },
    ],
    related: [{ type: 'retaliates_for', id: 'erbil-air-base-drone-attack-dec-25' }],
    sources: [
      'centcom_dec25',
      'fox_dec26',
      'newsmax_dec25',
      'breitbart_dec26',
      '964_dec26',
      'jpost_dec26',
      'bdnews_dec26',
      'dailysabah_dec26',
      'sun_dec26',
      'seed004',
    ],
    confidence: 'high',
    confidenceNote:
      'Confirmed by CENTCOM and Austin. US statements and CENTCOM (as told to CBS News, via The Sun) put all three sites in Iraq; Hillah and Wasit are named only by Iraqi sources.',
    significance: 4,
  },
];
