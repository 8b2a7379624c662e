import { SENTINEL_GLOBAL } from './loadPayloads';

/** Installs the sentinel every armed payload calls, and returns the ids of the payloads that ran (live). */
export function installSentinel(target: Window = window): number[] {
  const fired: number[] = [];
  (target as unknown as Record<string, (id: number) => void>)[SENTINEL_GLOBAL] = (id: number) => {
    fired.push(id);
  };
  return fired;
}

/** Lets timers, image loads and errors, and animation frames run, so a payload that would run has done so. */
export async function settle(ms = 30): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  await new Promise((resolve) => setTimeout(resolve, ms));
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

/** Every stylesheet the page applies (document and shadow roots' adopted sheets, `<style>` and `<link>` ones). */
export function appliedCss(roots: readonly (Document | ShadowRoot)[] = [document]): string[] {
  const texts: string[] = [];
  for (const root of roots) {
    for (const sheet of [...root.adoptedStyleSheets, ...Array.from(root.styleSheets)]) {
      try {
        texts.push(Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n'));
      } catch {
        texts.push(`(unreadable sheet ${sheet.href ?? ''})`);
      }
    }
  }
  return texts;
}
