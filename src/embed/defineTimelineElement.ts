import type { EmbedError, EmbedHandle, EmbedOptions } from './embedOptions';
import { ATTRIBUTE_OPTIONS, OPTION_ATTRIBUTES, optionsFromLookup } from './embedOptions';
import { mount } from './mount';
import { ERROR_EVENT } from './upgrade';

export const TIMELINE_ELEMENT = 'flashpoint-timeline';

// Through the adopted sheet, not a <style> element (strict CSP). Fonts are inherited anyway; `font: inherit` says
// the element takes none of its own.
const HOST_CSS = ':host{display:block;font:inherit}:host([hidden]){display:none}';
let hostSheet: CSSStyleSheet | undefined;

function adoptHostStyles(shadow: ShadowRoot): void {
  if (typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in shadow)) return;
  if (!hostSheet) {
    hostSheet = new CSSStyleSheet();
    hostSheet.replaceSync(HOST_CSS);
  }
  if (!shadow.adoptedStyleSheets.includes(hostSheet))
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, hostSheet];
}

/** An attribute removed resets its option: every option an attribute can set, as undefined. */
const ATTRIBUTES_UNSET: EmbedOptions = Object.fromEntries(ATTRIBUTE_OPTIONS.map((key) => [key, undefined]));

/**
 * `<flashpoint-timeline src="…" theme="…" locale="…" time-zone="…">`: the timeline in an open shadow root (styles
 * through constructable stylesheets, host fonts inherited), following its attributes. Taken out of the page it
 * destroys its embed; moved within the page it keeps it. `element.options = { theme: themeObject, data }` sets
 * what attributes cannot carry. Errors fire `flashpoint-error` events.
 */
function createTimelineElementClass(): CustomElementConstructor {
  return class FlashpointTimelineElement extends HTMLElement {
    static observedAttributes = [...OPTION_ATTRIBUTES];

    private handle: EmbedHandle | null = null;
    private container: HTMLElement | null = null;
    private updateQueued = false;
    private extraOptions: Partial<EmbedOptions> = {};

    /** Options beyond the attributes (a theme object, inline data, onError), merged over them. */
    get options(): Partial<EmbedOptions> {
      return this.extraOptions;
    }

    set options(value: Partial<EmbedOptions>) {
      this.extraOptions = value && typeof value === 'object' ? { ...value } : {};
      this.queueUpdate();
    }

    connectedCallback(): void {
      // `element.options = …` set before the script defined the element made an own property that hides the setter.
      if (Object.prototype.hasOwnProperty.call(this, 'options')) {
        const early = (this as { options?: Partial<EmbedOptions> }).options;
        delete (this as { options?: Partial<EmbedOptions> }).options;
        this.options = early ?? {};
      }
      if (this.handle) return;
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      adoptHostStyles(shadow);
      if (!this.container) {
        this.container = this.ownerDocument.createElement('div');
        shadow.append(this.container);
      }
      this.handle = mount(this.container, this.currentOptions());
    }

    disconnectedCallback(): void {
      // A move (removed, then inserted elsewhere in the same task) keeps the timeline and its state.
      queueMicrotask(() => {
        if (this.isConnected || !this.handle) return;
        this.handle.destroy();
        this.handle = null;
      });
    }

    attributeChangedCallback(): void {
      this.queueUpdate();
    }

    /** Several attributes set in a row make one update. */
    private queueUpdate(): void {
      if (!this.handle || this.updateQueued) return;
      this.updateQueued = true;
      queueMicrotask(() => {
        this.updateQueued = false;
        this.handle?.update(this.currentOptions());
      });
    }

    private currentOptions(): EmbedOptions {
      const own = this.extraOptions.onError;
      return {
        ...ATTRIBUTES_UNSET,
        ...optionsFromLookup((name) => this.getAttribute(name)),
        ...this.extraOptions,
        onError: (error: EmbedError) => {
          this.dispatchEvent(new CustomEvent(ERROR_EVENT, { detail: error, bubbles: true, composed: true }));
          own?.(error);
        },
      };
    }
  };
}

/** Defines `<flashpoint-timeline>` unless something (another copy of the script) already has. */
export function defineTimelineElement(): void {
  if (typeof customElements === 'undefined' || customElements.get(TIMELINE_ELEMENT)) return;
  customElements.define(TIMELINE_ELEMENT, createTimelineElementClass());
}
