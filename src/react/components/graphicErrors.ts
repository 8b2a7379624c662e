import { createContext } from 'react';
import type { LocaleProps } from '../hooks/useLocaleSettings';

/** What a graphic's `onError` learns besides the error: which component failed, and where in the tree. */
export interface GraphicErrorInfo {
  /** The public component whose boundary caught it: "Timeline", "MapInset" … (a part of a Timeline names itself). */
  component: string;
  /** React's component stack, when it gives one. */
  componentStack?: string;
}

/**
 * Called when a graphic could not be drawn and fell back (to the list of its events, or, for a part inside a
 * graphic, to a sentence). The page goes on; log it, report it, or show your own message.
 */
export type GraphicErrorHandler = (error: Error, info: GraphicErrorInfo) => void;

/**
 * Set by every graphic's boundary for what it draws: a part inside a graphic reports to its graphic's handler
 * (unless it has its own) and falls back to a sentence, because the graphic around it already lists the events.
 */
export const EnclosingGraphic = createContext<{ report: GraphicErrorHandler } | null>(null);

/** Anything thrown, as an Error (a thrown string or object keeps its text). */
export function toError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  try {
    return new Error(typeof thrown === 'string' ? thrown : JSON.stringify(thrown));
  } catch {
    return new Error(String(thrown));
  }
}

/** The props every public graphic takes: language and theme, and where to report a failure. */
export interface GraphicProps extends LocaleProps {
  /**
   * Called when this graphic (or a part of it) throws while drawing. It never reaches the page: the graphic is
   * replaced by the list of its events (a part, by a sentence) and this is called with the error.
   */
  onError?: GraphicErrorHandler;
}
