import { useState } from 'react';
import type { FilterOption } from '../../state/countFilterOptions';
import type { FilterListFacet } from '../../state/filterModel';
import { interpolate, templateParts } from '../../i18n/interpolate';
import type { FilterMessages } from '../../i18n/filterMessages';

export interface FilterFacetProps {
  facet: FilterListFacet;
  /** The facet's name: the disclosure's heading and the fieldset's legend. */
  name: string;
  options: readonly FilterOption[];
  /** The checkboxes' `name`, unique on the page. */
  inputName: string;
  onToggle: (value: string, chosen: boolean) => void;
  formatCount: (count: number) => string;
  messages: Pick<FilterMessages, 'facetChosen' | 'optionCount' | 'noOptions'>;
}

/**
 * One facet: a native disclosure (collapsed to one line on a phone) holding a fieldset of checkboxes, each
 * with the number of events it would show. Opens by itself when one of its values gets chosen from outside
 * (a link, a parent).
 */
export function FilterFacet({ facet, name, options, inputName, onToggle, formatCount, messages }: FilterFacetProps) {
  const chosen = options.filter((option) => option.selected).length;
  const [open, setOpen] = useState(chosen > 0);
  const [hadChoice, setHadChoice] = useState(chosen > 0);
  if (hadChoice !== chosen > 0) {
    setHadChoice(chosen > 0);
    if (chosen > 0) setOpen(true);
  }
  const parts = templateParts(messages.optionCount);
  return (
    <details
      className="fp-filter-bar__facet"
      data-facet={facet}
      data-chosen={chosen || undefined}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="fp-filter-bar__toggle">
        {chosen ? interpolate(messages.facetChosen, { facet: name, count: formatCount(chosen) }) : name}
      </summary>
      <fieldset className="fp-filter-bar__fieldset">
        <legend className="fp-filter-bar__legend">{name}</legend>
        {options.length === 0 && <p className="fp-filter-bar__empty">{messages.noOptions}</p>}
        <div className="fp-filter-bar__options">
          {options.map((option) => (
            <label
              key={option.value}
              className="fp-filter-bar__option"
              data-empty={option.count === 0 ? 'true' : undefined}
            >
              <input
                type="checkbox"
                className="fp-filter-bar__checkbox"
                name={inputName}
                value={option.value}
                checked={option.selected}
                onChange={(event) => onToggle(option.value, event.currentTarget.checked)}
              />
              <span className="fp-filter-bar__option-text">
                {parts.map((part, i) =>
                  'text' in part ? (
                    part.text
                  ) : part.name === 'count' ? (
                    <span key={i} className="fp-filter-bar__count">
                      {formatCount(option.count)}
                    </span>
                  ) : part.name === 'label' ? (
                    // Actor and country names come from the data, maybe in another script than the page.
                    <bdi key={i} className="fp-filter-bar__option-label">
                      {option.label}
                    </bdi>
                  ) : null,
                )}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
    </details>
  );
}
