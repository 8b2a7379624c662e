import { describe, expect, it } from 'vitest';
import { elementByIdWithin, elementWithAttribute } from '../../src/react/dom/elementWithin';

describe('finding elements without a selector built from data', () => {
  const root = document.createElement('div');
  root.innerHTML = '<p id="a&quot;]b" data-key="x&quot;] , *"></p><p id="inside" data-key="plain"></p>';
  const outside = document.createElement('p');
  outside.id = 'outside';
  document.body.append(root, outside);

  it('matches an attribute value exactly, whatever selector syntax it holds', () => {
    expect(elementWithAttribute(root, 'data-key', 'x"] , *')).toBe(root.firstElementChild);
    expect(elementWithAttribute(root, 'data-key', 'plain')!.id).toBe('inside');
    expect(elementWithAttribute(root, 'data-key', 'x')).toBeNull();
    expect(elementWithAttribute(null, 'data-key', 'plain')).toBeNull();
  });

  it('finds an id only inside the root', () => {
    expect(elementByIdWithin(root, 'a"]b')).toBe(root.firstElementChild);
    expect(elementByIdWithin(root, 'outside')).toBeNull();
    expect(elementByIdWithin(undefined, 'inside')).toBeNull();
  });

  it('finds an id inside a shadow root (the embed draws in one) and in a tree not yet in a document', () => {
    const element = document.createElement('div');
    document.body.append(element);
    const shadowList = document.createElement('ol');
    shadowList.innerHTML = '<li id="card-1"></li>';
    element.attachShadow({ mode: 'open' }).append(shadowList);
    expect(elementByIdWithin(shadowList, 'card-1')).toBe(shadowList.firstElementChild);
    const detached = document.createElement('ol');
    detached.innerHTML = '<li id="card-2"></li>';
    expect(elementByIdWithin(detached, 'card-2')).toBe(detached.firstElementChild);
  });
});
