import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { Timeline } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';

const titleOf = (id: string) => escalation2023.events.find((event) => event.id === id)!.title;

describe('<Timeline> mark names (jsdom)', () => {
  it('end with the cause → response relations in words, the cause first', () => {
    const { container } = render(<Timeline dataset={escalation2023} initialWidth={1280} />);
    const name = (id: string) =>
      container.querySelector(`.fp-mark[data-event-id="${id}"]`)!.getAttribute('aria-label')!;
    expect(name('us-strikes-85-targets-iraq-syria')).toMatch(
      new RegExp(`\\. Retaliation for: ${titleOf('tower-22-drone-attack').replace(/[()]/g, '\\$&')}$`),
    );
    // Tower 22 was answered by two strikes: both named after one "Answered by:", joined the language's way.
    expect(name('tower-22-drone-attack')).toContain(
      `. Answered by: ${titleOf('us-strikes-85-targets-iraq-syria')} and ${titleOf('baghdad-strike-kills-abu-baqir-al-saadi')}`,
    );
    // Events with no causal link keep their plain name.
    expect(name('hamas-attack-on-israel')).not.toMatch(/Retaliation|Answered|Responds|Prompted/);
  });

  it('names at most two relations and counts the rest', () => {
    const cause = escalation2023.events.find((event) => event.id === 'tower-22-drone-attack')!;
    const responses = [
      'us-strikes-85-targets-iraq-syria',
      'baghdad-strike-kills-abu-baqir-al-saadi',
      'al-omar-drone-attack-sdf-killed',
      'kataib-hezbollah-suspends-attacks',
    ];
    const dataset = {
      ...escalation2023,
      events: escalation2023.events.map((event) =>
        event.id === cause.id
          ? { ...event, related: responses.map((id) => ({ type: 'retaliated_by' as const, id })) }
          : { ...event, related: event.related?.filter((link) => link.id !== cause.id) },
      ),
    };
    const { container } = render(<Timeline dataset={dataset} initialWidth={1280} />);
    const name = container.querySelector(`.fp-mark[data-event-id="${cause.id}"]`)!.getAttribute('aria-label')!;
    expect(name).toMatch(/\. Answered by: [^:]+ and [^:]+ and 2 more$/);
    expect(name.match(/Answered by:/g)).toHaveLength(1);
  });
});
