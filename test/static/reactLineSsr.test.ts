import { version as reactVersion } from 'react';
import { version as serverVersion } from 'react-dom/server';
import { describe, expect, inject, it } from 'vitest';

describe('the React these server-render tests run', () => {
  it('is the line the project asked for, in react and react-dom/server alike', () => {
    const line = inject('reactLine') ?? '19.';
    expect(reactVersion.startsWith(line), `react ${reactVersion}, wanted ${line}`).toBe(true);
    expect(serverVersion).toBe(reactVersion);
  });
});
