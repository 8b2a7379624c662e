/** Text for XML or HTML character data (a `<style>` in SVG is character data too). */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));
}

/** Text for a quoted XML or HTML attribute value. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/["']/g, (char) => (char === '"' ? '&quot;' : '&#39;'));
}
