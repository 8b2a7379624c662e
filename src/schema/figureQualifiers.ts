/** How a source bounds a figure: "at least 40", "about 1,200", "up to 7". */
export const FIGURE_QUALIFIERS = ['exact', 'about', 'at-least', 'more-than', 'up-to', 'nearly'] as const;
