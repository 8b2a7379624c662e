/** A style rule (`selectors { declarations }`) or an at-rule with a block (`@media … { rules }`, `@page { … }`). */
export type CssNode =
  | { type: 'rule'; prelude: string; body: string }
  | { type: 'at'; prelude: string; children: CssNode[] }
  | { type: 'at-body'; prelude: string; body: string };

/** Index just past the string starting at `start` (a quote), honouring backslash escapes. */
function skipString(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** The stylesheet without comments (strings kept as they are, so a `/*` inside one survives). */
export function stripComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' || char === "'") {
      const end = skipString(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else {
      out += char;
      i += 1;
    }
  }
  return out;
}

/** Index of the `}` that closes the block whose `{` is at `open`. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const char = text[i];
    if (char === '"' || char === "'") i = skipString(text, i) - 1;
    else if (char === '{') depth += 1;
    else if (char === '}' && --depth === 0) return i;
  }
  return text.length;
}

/** Whether a block holds rules (`@media`) rather than declarations (`@page`): a `{` outside strings. */
function holdsRules(body: string): boolean {
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char === '"' || char === "'") i = skipString(body, i) - 1;
    else if (char === '{') return true;
  }
  return false;
}

/**
 * A stylesheet as a tree of rules, enough to keep or drop whole rules and rewrite declarations: no validation,
 * no nesting (`&`) inside style rules; statements without a block (`@import`, `@charset`) are left out.
 */
export function parseCss(text: string): CssNode[] {
  const source = stripComments(text);
  const nodes: CssNode[] = [];
  let start = 0;
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (char === '"' || char === "'") {
      i = skipString(source, i);
    } else if (char === ';') {
      start = i + 1; // A statement at-rule: nothing to keep.
      i += 1;
    } else if (char === '{') {
      const end = closingBrace(source, i);
      const prelude = source.slice(start, i).trim();
      const body = source.slice(i + 1, end);
      if (!prelude.startsWith('@')) nodes.push({ type: 'rule', prelude, body: body.trim() });
      else if (holdsRules(body)) nodes.push({ type: 'at', prelude, children: parseCss(body) });
      else nodes.push({ type: 'at-body', prelude, body: body.trim() });
      start = end + 1;
      i = end + 1;
    } else {
      i += 1;
    }
  }
  return nodes;
}

/** Splits at the commas (or semicolons) that are outside parentheses, brackets and strings. */
export function splitTopLevel(text: string, separator: ',' | ';'): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"' || char === "'") i = skipString(text, i) - 1;
    else if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth -= 1;
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** `prop: value` pairs of a declaration block, in order (`!important` stays in the value). */
export function parseDeclarations(body: string): [string, string][] {
  return splitTopLevel(body, ';').flatMap((declaration) => {
    const colon = declaration.indexOf(':');
    if (colon <= 0) return [];
    return [[declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()] as [string, string]];
  });
}

/** The tree back as text, one rule per block. */
export function serializeCss(nodes: readonly CssNode[], indent = ''): string {
  return nodes
    .map((node) => {
      if (node.type === 'at')
        return `${indent}${node.prelude} {\n${serializeCss(node.children, `${indent}  `)}\n${indent}}`;
      const selectors = node.type === 'rule' ? splitTopLevel(node.prelude, ',').join(`,\n${indent}`) : node.prelude;
      const declarations = parseDeclarations(node.body).map(([prop, value]) => `${indent}  ${prop}: ${value};`);
      return `${indent}${selectors} {\n${declarations.join('\n')}\n${indent}}`;
    })
    .join('\n');
}
