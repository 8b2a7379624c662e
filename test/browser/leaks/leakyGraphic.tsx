// A graphic that forgets every cleanup, on purpose: the leak test must catch each kind (and say where it came from).
// LEAKY.release() undoes it all afterwards, so the page is clean for whatever runs next.
import { useEffect, useRef } from 'react';
import type { Graphic } from './graphics';
import { nextFrame } from './interact';

const retained: { nodes: Node[]; arrays: number[][] } = { nodes: [], arrays: [] };
const undo: (() => void)[] = [];

function Leaky() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onResize = () => undefined;
    window.addEventListener('resize', onResize);
    const observer = new ResizeObserver(() => undefined);
    observer.observe(document.body);
    const interval = setInterval(() => undefined, 60_000);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.fp-leaky { color: inherit; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    // Its own tree, kept after its removal (61 detached nodes), and 200 KB of heap a round.
    retained.nodes.push(ref.current!);
    retained.arrays.push(new Array<number>(25_000).fill(1.5));
    undo.push(() => {
      window.removeEventListener('resize', onResize);
      observer.disconnect();
      clearInterval(interval);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    });
  }, []);
  return (
    <div ref={ref} className="fp-leaky">
      {Array.from({ length: 30 }, (_, i) => (
        <p key={i}>Leaky {i}</p>
      ))}
    </div>
  );
}

export const leakyGraphic: Graphic = {
  name: 'Leaky',
  rounds: 20,
  width: 320,
  render: () => <Leaky />,
  interact: nextFrame,
};

export const LEAKY = {
  release(): void {
    for (const step of undo.splice(0)) step();
    retained.nodes.length = 0;
    retained.arrays.length = 0;
  },
};
