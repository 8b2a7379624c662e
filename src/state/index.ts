// Pure state helpers: the visible domain and the URL hash. No React, no DOM.
export { domainBounds, type DomainBoundsOptions } from './domainBounds';
export { clampDomain, type ClampDomainOptions } from './clampDomain';
export { zoomDomainAt } from './zoomDomainAt';
export { panDomain } from './panDomain';
export { domainForEvents } from './domainForEvents';
export { readEventHash, writeEventHash } from './eventHash';
