// jsdom ships no types and @types/jsdom is not installed: the one constructor the static tests use, to parse SVG
// and HTML strictly without making the test environment a DOM (the renderers must work without one).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
