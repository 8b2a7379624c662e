const known = new Map<string, boolean>();

/**
 * True for any zone name the runtime's Intl knows (IANA names and "UTC"). Cached: building an
 * Intl.DateTimeFormat per call made zone checks most of the time spent parsing large datasets.
 */
export function isTimeZone(value: string): boolean {
  let answer = known.get(value);
  if (answer === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      answer = true;
    } catch {
      answer = false;
    }
    if (known.size < 1000) known.set(value, answer);
  }
  return answer;
}
