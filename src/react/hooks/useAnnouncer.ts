import { useCallback, useEffect, useRef, useState } from 'react';

export interface Announcer {
  /** The text the live region holds now ("" until something is announced). */
  message: string;
  /**
   * Puts `text` in the live region now, or with `delay` once that many ms pass without another delayed call
   * (a newer delayed call replaces one still waiting; an immediate one does not cancel it). The same text
   * twice in a row is said once.
   */
  announce: (text: string, delay?: number) => void;
}

/** The words of one polite live region (see LiveRegion): what changed, debounced where it changes fast. */
export function useAnnouncer(): Announcer {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const last = useRef('');

  const say = useCallback((text: string) => {
    if (!text || text === last.current) return;
    last.current = text;
    setMessage(text);
  }, []);

  const announce = useCallback(
    (text: string, delay = 0) => {
      if (!(delay > 0)) return say(text);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => say(text), delay);
    },
    [say],
  );

  useEffect(() => () => clearTimeout(timer.current), []);
  return { message, announce };
}
