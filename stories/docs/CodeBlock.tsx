import { useId, useState, type CSSProperties } from 'react';

const PRE: CSSProperties = {
  margin: '0.5rem 0 0',
  padding: '0.75rem',
  // The theme's colours inside a Flashpoint root (the story), the light ones on a plain docs page.
  border: '1px solid var(--fp-color-border, #7c8088)',
  borderRadius: 4,
  background: 'var(--fp-color-surface, #f5f5f6)',
  color: 'var(--fp-color-text, #1b1b1f)',
  // Wrapped rather than scrolled: a scrolling block would need to be a tab stop of its own.
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
  fontSize: '0.8125rem',
  lineHeight: 1.5,
};

/** Puts `text` on the clipboard; false where the page may not (no clipboard API, no permission, not https). */
async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A titled block of code with a Copy button, and a status line that says whether the copy worked. */
export function CodeBlock({
  title,
  code,
  language,
  folded = false,
}: {
  title: string;
  code: string;
  language: string;
  /** Long code starts folded behind a "Show" summary (Copy works either way). */
  folded?: boolean;
}) {
  const headingId = useId();
  const [status, setStatus] = useState('');
  const copy = async () => {
    setStatus(
      (await copyText(code))
        ? `Copied ${title} to the clipboard.`
        : 'Could not copy here: select the code and press Ctrl+C (⌘C on a Mac).',
    );
  };
  const block = (
    <pre style={PRE}>
      <code className={`language-${language}`}>{code}</code>
    </pre>
  );
  return (
    <section aria-labelledby={headingId} style={{ marginBlockStart: '1rem' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: '0.75rem', flexWrap: 'wrap' }}>
        <h3 id={headingId} style={{ margin: 0 }}>
          {title}
        </h3>
        <button
          type="button"
          onClick={copy}
          aria-label={`Copy ${title}`}
          style={{ minBlockSize: 32, paddingInline: '0.75rem' }}
        >
          Copy
        </button>
        <span role="status">{status}</span>
      </div>
      {folded ? (
        <details>
          <summary style={{ marginBlockStart: '0.5rem', cursor: 'pointer' }}>
            Show the {title} ({code.split('\n').length} lines)
          </summary>
          {block}
        </details>
      ) : (
        block
      )}
    </section>
  );
}
