import type { MessageOverrides } from '../../i18n/messages';
import { TIME_DISPLAYS, isTimeDisplay, type TimeDisplay } from '../../i18n/displayZone';
import { useControllableState } from '../hooks/useControllableState';
import { DEFAULT_LOCALE, useLocaleSettings, type LocaleProps } from '../hooks/useLocaleSettings';
import { cx } from './safeData';
import { ThemeScope } from './ThemeScope';

export interface TimeDisplaySwitchProps extends LocaleProps {
  /** The display chosen (controlled). */
  timeDisplay?: TimeDisplay;
  /** The display at first (uncontrolled). Default "place". */
  defaultTimeDisplay?: TimeDisplay;
  onTimeDisplayChange?: (display: TimeDisplay) => void;
  /** Words to replace (`timeDisplayLabel`, `timeDisplayPlace`, `timeDisplayReader`, `timeDisplayUtc`). */
  messages?: MessageOverrides;
  className?: string;
}

const WORDS = { place: 'timeDisplayPlace', reader: 'timeDisplayReader', utc: 'timeDisplayUtc' } as const;

/**
 * Which clock the times follow: the place's ("Local"), the reader's ("Yours") or UTC. A labelled native
 * select, so every keyboard and screen reader knows it; controlled or not, like every Flashpoint control.
 */
export function TimeDisplaySwitch({
  timeDisplay,
  defaultTimeDisplay = 'place',
  onTimeDisplayChange,
  locale = DEFAULT_LOCALE,
  calendar,
  numberingSystem,
  dir,
  theme,
  messages: overrides,
  className,
}: TimeDisplaySwitchProps) {
  const {
    messages,
    rootAttributes,
    theme: themeInForce,
  } = useLocaleSettings({
    locale,
    calendar,
    numberingSystem,
    dir,
    theme,
    messages: overrides,
  });
  const [value, setValue] = useControllableState<TimeDisplay>(
    isTimeDisplay(timeDisplay) ? timeDisplay : undefined,
    isTimeDisplay(defaultTimeDisplay) ? defaultTimeDisplay : 'place',
    onTimeDisplayChange,
  );
  return (
    <ThemeScope theme={themeInForce}>
      <label {...rootAttributes} className={cx('fp-time-display', className)} data-fp="time-display">
        <span className="fp-time-display__label">{messages.timeDisplayLabel}</span>
        <select
          className="fp-select fp-time-display__select"
          value={value}
          onChange={(event) => {
            const next = event.currentTarget.value;
            if (isTimeDisplay(next)) setValue(next);
          }}
        >
          {TIME_DISPLAYS.map((display) => (
            <option key={display} value={display}>
              {messages[WORDS[display]]}
            </option>
          ))}
        </select>
      </label>
    </ThemeScope>
  );
}
