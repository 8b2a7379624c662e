import { useCallback, useEffect, useRef, useState } from 'react';

export interface Announcer {
  /** The text the live region holds now ("" until something is announced). */
  message: string;
  /**
   * Puts `text` in the live region now, or with `delay` once that many ms pass without another delayed call
   * (a newer delayed call replaces one still waiting; an immediate one does not cancel it). The same text
   * twice in a row is said once, unless `repeat` (news of a second, separate event that reads the same).
   */
  announce: (text: string, delay?: number, repeat?: boolean) => void;
}

/** The words of one polite live region (see LiveRegion): what changed, debounced where it changes fast. */
export function useAnnouncer(): Announcer {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The delayed announcement still waiting, kept so a remount can start its wait again. */
  const waiting = useRef<{ text: string; delay: number; repeat: boolean } | null>(null);
  const last = useRef('');

  const say = useCallback((text: string, repeat = false) => {
    if (!text || (text === last.current && !repeat)) return;
    const again = text === last.current;
    last.current = text;
    // The region's text must change for a screen reader to speak it again: a trailing no-break space does that.
    setMessage((shown) => (again && shown === text ? `${text}\u00a0` : text));
  }, []);

  const wait = useCallback(
    (next: { text: string; delay: number; repeat: boolean }) => {
      clearTimeout(timer.current);
      waiting.current = next;
      timer.current = setTimeout(() => {
        waiting.current = null;
        say(next.text, next.repeat);
      }, next.delay);
    },
    [say],
  );

  const announce = useCallback(
    (text: string, delay = 0, repeat = false) => {
      if (!(delay > 0)) return say(text, repeat);
      wait({ text, delay, repeat });
    },
    [say, wait],
  );

  useEffect(() => {
    // StrictMode (development) unmounts and remounts at once: the cleanup below cancelled an announcement made at
    // mount, and nothing will make it again (what it reported is already counted as said), so wait for it anew.
    if (waiting.current) wait(waiting.current);
    return () => clearTimeout(timer.current);
  }, [wait]);
  return { message, announce };
}
