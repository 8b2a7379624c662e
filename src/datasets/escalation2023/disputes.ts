import type { TimelineEventInput } from '../../schema/event';

type DisputeInput = NonNullable<TimelineEventInput['disputes']>[number];

/**
 * Disputes that the research notes attach to more than one event. Each is placed, word for word, on every
 * event it concerns, so a reader of either event sees it.
 */
export const sharedDisputes = {
  firstAttackDate: {
    field: 'start',
    topic: 'Start date of the attacks: 17 or 18 Oct 2023',
    claims: [
      {
        value: 'The attacks began on 17 Oct',
        by: "Defense Secretary Austin; Pentagon counts 'since Oct. 17'",
        sources: ['blaze_austin_oct26', 'hill_oct30'],
      },
      { value: 'Harir was attacked on 17 Oct', by: 'Washington Institute', sources: ['winep_iri'] },
      {
        value: 'The injuries at al-Asad and al-Tanf happened on 18 Oct',
        by: 'CENTCOM, via NBC News and The Hill',
        sources: ['hill_24inj', 'nbc_sott'],
      },
      {
        value: 'The first attacks (al-Asad and Harir) came on 18 Oct',
        by: 'NatSec Brief',
        sources: ['milthink_oct23'],
      },
    ],
    assessment:
      'Probably a difference of time zone and counting window: US counts run on Eastern time, while some attacks fell on 18 Oct in Iraq and Syria. Explained in part, not fully resolved.',
    status: 'open',
  },
  oct18InjuryCount: {
    field: 'casualties',
    topic: 'How many US personnel were injured in the 18 Oct attacks',
    claims: [
      {
        value: '24: 20 at al-Tanf and 4 at al-Asad',
        by: 'CENTCOM spokesperson, to NBC News and The Hill (25 Oct)',
        sources: ['hill_24inj', 'nbc_sott'],
      },
      {
        value: '21 with minor injuries from the attacks since 17 Oct',
        by: 'Defense Secretary Austin (26 Oct); CNN, citing a Pentagon spokesperson',
        sources: ['blaze_austin_oct26', 'republicanpress_21', 'dw_nh_oct27'],
      },
      {
        value: '21 injured, 19 of them with traumatic brain injuries',
        by: 'US defense officials via NBC News (30 Oct); Politico via Scripps News (19 brain injuries)',
        sources: ['electionpost_oct30', 'wtvr_oct25'],
      },
    ],
    assessment:
      'The counts differ by three within a day. The gap may come from counting people evaluated rather than injured, or service members rather than all US personnel; not resolved.',
    status: 'open',
  },
  crbmDate: {
    field: 'start',
    topic: 'Date of the first close-range ballistic missile attack on al-Asad: 20 or 21 Nov',
    claims: [
      { value: 'Late on Monday 20 Nov', by: 'AP and AFP (Ahram Online)', sources: ['ahram_nov22'] },
      {
        value: 'Tuesday 21 Nov',
        by: 'Reuters; Rudaw; AP headline copy',
        sources: ['reuters_icaro_nov21', 'rudaw_nov22', 'ap_krdo_nov21'],
      },
      {
        value: "'The one in Iraq on November 21'",
        by: 'CENTCOM, in its statement on the 22 Nov strikes',
        sources: ['npa_nov22'],
      },
    ],
    assessment:
      'Probably US Eastern against Iraqi local date: late on 20 Nov in Washington is early on 21 Nov in Iraq. Shown as 20–21 Nov.',
    status: 'open',
  },
} satisfies Record<string, DisputeInput>;
