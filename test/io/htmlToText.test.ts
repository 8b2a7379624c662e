import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/io/htmlToText';
import { textToHtml } from '../../src/io/timelinejs/text';

/** A `<` that would open a tag, a closing tag, a comment or a declaration if the text were read as HTML. */
const TAG_START = /<[A-Za-z/!?]/;

describe('htmlToText', () => {
  it('drops script, style, noscript, template, iframe and object entirely', () => {
    expect(htmlToText('a<script>alert(1)</script>b')).toBe('ab');
    expect(htmlToText('<style>p { color: red }</style>Text')).toBe('Text');
    expect(htmlToText('<noscript><p>Enable JS</p></noscript>Kept')).toBe('Kept');
    expect(htmlToText('<template><b>hidden</b></template>shown')).toBe('shown');
    expect(htmlToText('<iframe src="javascript:alert(1)"><b>fallback</b></iframe>after')).toBe('after');
    expect(htmlToText('<object data="x.swf"><param name="a">fallback</object>after')).toBe('after');
    expect(htmlToText('<svg><title>t</title><script>x()</script></svg>z')).toBe('z');
    expect(htmlToText('<textarea><b>x</b></textarea><title><i>t</i></title>ok')).toBe('ok');
  });

  it('drops an unclosed script to the end, rather than letting its code through', () => {
    expect(htmlToText('before <script>alert(1); <p>still code')).toBe('before');
  });

  it('decodes entities into text, which stays text', () => {
    expect(htmlToText('Tom &amp; Jerry')).toBe('Tom & Jerry');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
    expect(htmlToText('&#60;b&#x3E; &quot;q&quot; &#39;s&#39; caf&eacute;')).toBe('<b> "q" \'s\' café');
    expect(htmlToText('&amp;lt;')).toBe('&lt;');
    expect(htmlToText('AT&T &bogus; & done')).toBe('AT&T &bogus; & done');
    expect(htmlToText('a&nbsp;b')).toBe('a\u00a0b');
  });

  it('ignores every attribute, so no event handler or javascript: URL survives', () => {
    expect(htmlToText('<img src=x onerror=alert(1)>caption')).toBe('caption');
    expect(htmlToText('<img src="x" onerror="alert(1)">')).toBe('');
    expect(htmlToText('<a href="javascript:alert(1)" onclick="x()">link text</a>')).toBe('link text');
    expect(htmlToText('<p style="background:url(javascript:alert(1))">styled</p>')).toBe('styled');
  });

  it('turns paragraphs into blank lines and line-level elements into newlines', () => {
    expect(htmlToText('<p>One</p><p>Two</p>')).toBe('One\n\nTwo');
    expect(htmlToText('a<br>b<br/>c')).toBe('a\nb\nc');
    expect(htmlToText('a<br><br><br><br>b')).toBe('a\n\nb');
    expect(htmlToText('<h2>Head</h2>Body')).toBe('Head\n\nBody');
    expect(htmlToText('<ul><li>one</li><li>two</li></ul>after')).toBe('one\ntwo\n\nafter');
    expect(htmlToText('<div>a</div><div>b</div>')).toBe('a\nb');
    expect(htmlToText('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>')).toBe('a b\nc');
    expect(htmlToText('Text <p>then a paragraph')).toBe('Text\n\nthen a paragraph');
  });

  it('collapses whitespace as a browser shows it', () => {
    expect(htmlToText('  a \n\t b  ')).toBe('a b');
    expect(htmlToText('<b>bold</b> <i>italic</i>')).toBe('bold italic');
    expect(htmlToText('<b>no</b><i>space</i>')).toBe('nospace');
    expect(htmlToText('<p>  padded  </p>\n\n  <p>  two </p>')).toBe('padded\n\ntwo');
    expect(htmlToText('Whitney Houston<br/> 1963 - 2012')).toBe('Whitney Houston\n1963 - 2012');
  });

  it('reads nested and broken HTML without letting markup through', () => {
    expect(htmlToText('<div><p>Nested <b>bold <i>both</i></b> end</p></div>')).toBe('Nested bold both end');
    expect(htmlToText('<p>unclosed <b>bold <i>italic')).toBe('unclosed bold italic');
    expect(htmlToText('stray</b></p> closers')).toBe('stray\n\nclosers');
    expect(htmlToText('<a href="x">cut off <')).toBe('cut off <');
    // The stray `<` would now stand before a letter, where it would open a tag: it goes.
    expect(htmlToText('<<script>x</script>y')).toBe('y');
    expect(htmlToText('<<script>x</script> y')).toBe('< y');
    expect(htmlToText('a < b and c > d')).toBe('a < b and c > d');
    expect(htmlToText('</>')).not.toMatch(TAG_START);
    expect(htmlToText('<!<p')).not.toMatch(TAG_START);
  });

  it('drops comments, CDATA and processing instructions', () => {
    expect(htmlToText('a<!-- <script>x</script> -->b')).toBe('ab');
    expect(htmlToText('a<![CDATA[ <b>c</b> ]]>b')).toBe('ab');
    expect(htmlToText('a<?php echo 1; ?>b')).toBe('ab');
  });

  it('never throws, and gives "" for anything but a string', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText(undefined as unknown as string)).toBe('');
    expect(htmlToText(42 as unknown as string)).toBe('');
    expect(htmlToText({ toString: () => '<b>x</b>' } as unknown as string)).toBe('');
  });

  it('leaves no tag start that did not come from an entity, whatever the input (property)', () => {
    const pieces = fc.constantFrom('<', '>', '/', '!', '?', '-', ' ', '\n', '=', '"', "'", 'a', 'p', 'b', 'br', 'img');
    const words = fc.constantFrom('script', 'style', 'textarea', 'title', 'iframe', 'svg', 'onerror', '[CDATA[', ']]');
    const html = fc.array(fc.oneof(pieces, words), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(html, fc.string({ unit: 'binary', maxLength: 120 })), (input) => {
        const text = htmlToText(input);
        if (!input.includes('&')) expect(text).not.toMatch(TAG_START);
      }),
      { numRuns: 3000 },
    );
    // 3,000 runs take seconds on a loaded 2-core machine; the default 5 s limit made this flaky.
  }, 30_000);

  it('reads back what textToHtml writes, up to whitespace (property)', () => {
    const normalise = (text: string) =>
      text
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => line.replace(/[\t\f ]+/g, ' ').replace(/^ | $/g, ''))
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
    const text = fc.string({
      unit: fc.constantFrom(
        'a',
        'Z',
        '1',
        ' ',
        '\n',
        '\t',
        '<',
        '>',
        '&',
        '"',
        "'",
        ';',
        '#',
        'é',
        '\u00a0',
        '\r',
        '\f',
        '\u2028',
        '/',
      ),
      maxLength: 60,
    });
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 60 })), (input) => {
        expect(htmlToText(textToHtml(input))).toBe(normalise(input));
      }),
      { numRuns: 3000 },
    );
    // 3,000 runs take seconds on a loaded 2-core machine; the default 5 s limit made this flaky.
  }, 30_000);
});
