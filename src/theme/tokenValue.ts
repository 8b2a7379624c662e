/** An unclosed `(` would swallow the declarations after it, up to the end of the stylesheet. */
function parenthesesBalance(value: string): boolean {
  let depth = 0;
  for (const char of value) {
    if (char === '(') depth++;
    else if (char === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Whether a theme value can go into a custom property as it is. A theme often comes from a CMS field or a URL;
 * a value must not close its declaration or rule (`;`, `{`, `}`, an unbalanced `(`), open a comment, a string
 * or a bracket, escape, or fetch anything (`url(`, `image(`, `image-set(`, `@import`, `expression(`).
 * Everything a token needs (colours, lengths, font stacks with quoted names, `calc()`, `cubic-bezier()`,
 * `var(--x)`: it only reads another custom property) passes.
 */
export function isSafeTokenValue(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > 200) return false;
  if (/[;{}<>[\]\\]|\/\*|\*\//.test(trimmed)) return false;
  // Control characters are in no colour, length or font name; NUL even turns into another character in CSS.
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(trimmed)) return false;
  if (!parenthesesBalance(trimmed)) return false;
  if (/(url|image|image-set|-webkit-image-set|cross-fade|element|expression|paint|env|attr)\s*\(/i.test(trimmed))
    return false;
  if (/@|!important/i.test(trimmed)) return false;
  // Quotes only around font family names, balanced and without anything inside that is not a name.
  const withoutNames = trimmed.replace(/"[A-Za-z0-9 _.-]*"|'[A-Za-z0-9 _.-]*'/g, '');
  return !/["']/.test(withoutNames);
}

/** SVG path data: commands, numbers, separators. Anything else is not a shape. */
export function isSafePathData(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= 4000 &&
    /^[MmLlHhVvCcSsQqTtAaZz0-9eE.,+\-\s]+$/.test(value)
  );
}
