import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { EventDetail, EventList } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';

const disputed = escalation2023.events.filter((event) => event.disputes.length > 0);
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('every disputed figure of escalation2023 appears in words', () => {
  it('has disputed events to check', () => {
    expect(disputed.length).toBeGreaterThan(10);
  });

  const { container: list } = render(<EventList dataset={escalation2023} />);
  const listText = new Map(
    [...list.querySelectorAll('li[data-event-id]')].map((li) => [
      li.getAttribute('data-event-id')!,
      normalise(li.textContent ?? ''),
    ]),
  );

  it.each(disputed.map((event) => [event.id, event]))(
    '%s: each claim and who makes it, in the list and the detail',
    (_id, event) => {
      const { container } = render(
        <EventDetail dataset={escalation2023} eventId={event.id} onSelectEvent={() => {}} />,
      );
      const detailText = normalise(container.textContent ?? '');
      for (const dispute of event.disputes) {
        for (const claim of dispute.claims) {
          expect(listText.get(event.id)).toContain(normalise(claim.value));
          expect(listText.get(event.id)).toContain(normalise(claim.by));
          expect(detailText).toContain(normalise(claim.value));
          expect(detailText).toContain(normalise(claim.by));
        }
      }
      for (const report of event.casualties) {
        expect(detailText).toContain(normalise(report.reportedBy));
      }
    },
  );
});
