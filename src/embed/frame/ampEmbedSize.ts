/**
 * AMP's resize request: `<amp-iframe resizable>` listens for this object from its frame and grows to `height`
 * (or, when the reader would see the jump, shows its `overflow` element instead). Harmless to other parents.
 */
export interface AmpEmbedSize {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

export function ampEmbedSize(height: number): AmpEmbedSize {
  return { sentinel: 'amp', type: 'embed-size', height };
}
