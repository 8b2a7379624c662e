// What a hostile payload must never leave in the DOM. Self-contained (no imports, no outer names), so the e2e tests
// can hand the same function to Playwright's page.evaluate and run it inside the page.

/**
 * Everything unsafe under `roots` (shadow roots included): elements that run or load code or styles, `on*`
 * attributes, URL attributes that are not http(s) or `#…`, and inline styles that load something. Empty: all safe.
 * `allow` names elements that are expected where the check runs (a static page's own `<style>` and `<meta>`).
 */
export function findUnsafeDom(roots: readonly Node[], allow: readonly string[] = []): string[] {
  const forbidden = [
    'script',
    'style',
    'iframe',
    'frame',
    'object',
    'embed',
    'applet',
    'base',
    'meta',
    'link',
    'form',
    'foreignobject',
    'animate',
    'set',
    'handler',
    'portal',
    'template',
    'noscript',
    'marquee',
  ];
  const urlAttributes = [
    'href',
    'src',
    'xlink:href',
    'poster',
    'srcset',
    'action',
    'formaction',
    'data',
    'background',
    'codebase',
    'cite',
    'longdesc',
    'ping',
    'manifest',
    'lowsrc',
    'dynsrc',
    'srcdoc',
  ];
  const problems: string[] = [];
  const visit = (element: Element) => {
    const tag = element.localName.toLowerCase();
    if (forbidden.includes(tag) && !allow.includes(tag))
      problems.push(`<${tag}> element: ${element.outerHTML.slice(0, 120)}`);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value;
      if (name.startsWith('on')) problems.push(`${name}= on <${tag}>: ${value.slice(0, 80)}`);
      if (urlAttributes.includes(name) && !/^https?:\/\//i.test(value.trim()) && !value.startsWith('#'))
        problems.push(`${name}="${value.slice(0, 80)}" on <${tag}>`);
      if (name === 'style' && /url\s*\(|expression\s*\(|@import|javascript:/i.test(value))
        problems.push(`style="${value.slice(0, 80)}" on <${tag}>`);
    }
    if (element.shadowRoot) for (const child of Array.from(element.shadowRoot.children)) visit(child);
    for (const child of Array.from(element.children)) visit(child);
  };
  for (const root of roots) {
    if (root instanceof Element) visit(root);
    else for (const child of Array.from((root as ParentNode).children ?? [])) visit(child);
  }
  return problems;
}

/** Every element name under `roots` (shadow roots included), to compare a hostile render with a plain one. */
export function elementNames(roots: readonly Node[]): string[] {
  const names = new Set<string>();
  const visit = (element: Element) => {
    names.add(element.localName.toLowerCase());
    if (element.shadowRoot) for (const child of Array.from(element.shadowRoot.children)) visit(child);
    for (const child of Array.from(element.children)) visit(child);
  };
  for (const root of roots) {
    if (root instanceof Element) visit(root);
    else for (const child of Array.from((root as ParentNode).children ?? [])) visit(child);
  }
  return [...names].sort();
}
