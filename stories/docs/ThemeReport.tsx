import { useId } from 'react';
import type { ThemeProblem } from '../../src/theme/createTheme';
import type { Theme } from '../../src/theme/themeTypes';
import { MIN_DELTA_E } from '../../src/theme/colorVisionChecks';
import { themeFindings } from './themeFindings';

function Findings({ title, failures, passed }: { title: string; failures: string[]; passed: string }) {
  const id = useId();
  return (
    <>
      <h3 id={id} style={{ marginBlockEnd: '0.25rem' }}>
        {title}
      </h3>
      {failures.length ? (
        <ul aria-labelledby={id} style={{ marginBlockStart: 0 }}>
          {failures.map((failure) => (
            <li key={failure}>{failure}</li>
          ))}
        </ul>
      ) : (
        <p style={{ marginBlockStart: 0 }}>{passed}</p>
      )}
    </>
  );
}

/**
 * Whether a built theme is usable: values createTheme left out, colour pairs below WCAG AA (SC 1.4.3 and
 * 1.4.11), and palettes that colour-blind readers could not tell apart. The count line is a polite status, so
 * a screen reader hears it as the colours change; the lists are there to read.
 */
export function ThemeReport({ theme, problems }: { theme: Theme; problems: ThemeProblem[] }) {
  const findings = themeFindings(theme);
  const failing = findings.contrastFailures.length + findings.distinctnessFailures.length + problems.length;
  return (
    <div data-testid="theme-report">
      <p role="status">
        <strong>
          {failing === 0
            ? 'Everything passes.'
            : `${failing} thing${failing === 1 ? '' : 's'} to fix: ` +
              `${problems.length} left out, ${findings.contrastFailures.length} contrast, ` +
              `${findings.distinctnessFailures.length} colour vision.`}
        </strong>
      </p>
      <Findings
        title="Values createTheme left out"
        failures={problems.map((problem) => `${problem.path || 'theme'} ${problem.message}`)}
        passed="None: every value is a plain CSS value."
      />
      <Findings
        title="Contrast (WCAG 2.2 AA)"
        failures={findings.contrastFailures}
        passed={`All ${findings.contrastChecked} pairs reach 4.5:1 (text) or 3:1 (marks, boundaries, focus).`}
      />
      <Findings
        title="Colour vision"
        failures={findings.distinctnessFailures}
        passed={`Category, status and series colours stay at least ${MIN_DELTA_E} ΔE apart in all ${findings.distinctnessChecked} checks (normal, protanopia, deuteranopia, tritanopia).`}
      />
    </div>
  );
}
