/**
 * Ids end up in URL hashes, `data-event-id` attributes and custom property names, so they stay URL- and
 * selector-safe. A module of its own, without zod, so the React entry and the theme can use the rule.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
