import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { act } from 'react';
import { contrastRatio } from '../../src/theme/contrast';
import { themes } from '../../src/theme/presets/index';
import { ThemeBuilder } from '../../stories/docs/ThemeBuilder';
import { ratioText } from '../../stories/docs/themeFindings';
import '../../src/theme/styles.css';
import { mountInBrowser, unmountAll } from './mountInBrowser';

// The theme builder of Docs / Theme builder, driven as an editor would: the preview, the checks and the code
// follow the controls.

afterEach(() => unmountAll());

/** The form control a label names (labels also hold a hint, so they are matched by how they start). */
function control<T extends HTMLElement>(host: HTMLElement, startsWith: string): T {
  const label = [...host.querySelectorAll('label')].find((l) => l.textContent!.startsWith(startsWith));
  if (!label) throw new Error(`no control labelled "${startsWith}…"`);
  return host.querySelector<T>(`#${CSS.escape(label.htmlFor)}`)!;
}

/** Types into a field the way the browser reports it to React (a colour picker cannot be typed into). */
async function setValue(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const codeOf = (host: HTMLElement, title: string) =>
  [...host.querySelectorAll('section')]
    .find((s) => s.querySelector('h3')?.textContent === title)!
    .querySelector('code')!.textContent!;

describe('Theme builder', () => {
  it('rebuilds the preview, the checks and the code as the controls move', async () => {
    const host = await mountInBrowser(<ThemeBuilder />, { width: 1280 });
    expect(host.querySelector('[data-testid="theme-report"] [role="status"]')!.textContent).toBe('Everything passes.');

    await userEvent.selectOptions(control<HTMLSelectElement>(host, 'Base preset'), 'wire');
    const pale = '#7fb2e5';
    await setValue(control(host, 'Links (link)'), pale);
    await setValue(control(host, 'Font family'), 'Georgia, serif');

    const preview = host.querySelector<HTMLElement>('[data-fp="timeline"]')!;
    await expect.poll(() => getComputedStyle(preview).getPropertyValue('--fp-color-link').trim()).toBe(pale);
    expect(getComputedStyle(preview).fontFamily).toMatch(/Georgia/);

    const ratio = contrastRatio(pale, themes.wire.colors.background);
    expect(ratio).toBeLessThan(4.5);
    await expect.poll(() => host.textContent).toContain(`link on background: ${ratioText(ratio)}, needs 4.5:1 (text)`);
    expect(host.querySelector('[data-testid="theme-report"] [role="status"]')!.textContent).toMatch(
      /to fix: 0 left out, \d+ contrast, 0 colour vision/,
    );

    const code = codeOf(host, 'TypeScript');
    expect(code).toContain(`colors: { link: '${pale}' }`);
    expect(code).toContain("font: { family: 'Georgia, serif' }");
    expect(code).toContain('themes.wire,');
    expect(code).not.toContain('radius');
    expect(codeOf(host, 'CSS')).toContain(`--fp-color-link: ${pale};`);
  });

  it('reports a value createTheme leaves out, and keeps the base value in the preview', async () => {
    const host = await mountInBrowser(<ThemeBuilder />, { width: 1280 });
    await setValue(control(host, 'Font family'), 'x; background: url(//evil)');
    await expect.poll(() => host.textContent).toContain('font.family');
    expect(host.textContent).toMatch(/font\.family .*is not a plain CSS value/);
    const preview = host.querySelector<HTMLElement>('[data-fp="timeline"]')!;
    expect(getComputedStyle(preview).backgroundImage).toBe('none');
    expect(codeOf(host, 'CSS')).not.toContain('evil');
  });

  it('copies the code, or says how to copy it where the page may not', async () => {
    const host = await mountInBrowser(<ThemeBuilder />, { width: 1280 });
    const copy = host.querySelector<HTMLButtonElement>('button[aria-label="Copy TypeScript"]')!;
    await userEvent.click(copy);
    const status = copy.parentElement!.querySelector('[role="status"]')!;
    await expect.poll(() => status.textContent).toMatch(/^(Copied TypeScript to the clipboard\.|Could not copy here)/);
  });
});
