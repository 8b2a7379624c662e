import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetLoadError, loadDataset, type LoadFailure } from '../../src/embed/loadDataset';
import { MAX_DATASET_BYTES } from '../../src/schema/limits';

const PAGE = 'https://news.example/story/index.html';

function mockFetch(respond: () => Response) {
  const fetchMock = vi.fn((_input: RequestInfo | URL, _init?: RequestInit) => Promise.resolve(respond()));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function failureOf(promise: Promise<unknown>): Promise<LoadFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetLoadError);
  return (error as DatasetLoadError).failure;
}

/** A body of `chunks` chunks of `size` bytes each, without a Content-Length. */
function streamed(chunks: number, size: number): { response: Response; pulled: () => number } {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
  return { response: new Response(body, { status: 200 }), pulled: () => pulled };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadDataset', () => {
  const signal = new AbortController().signal;

  it('fetches a relative address from the page and parses its JSON', async () => {
    const fetchMock = mockFetch(() => Response.json({ title: 'ok' }));
    await expect(loadDataset('data.json', signal, { base: PAGE })).resolves.toEqual({ title: 'ok' });
    expect(fetchMock.mock.calls[0]![0]).toBe('https://news.example/story/data.json');
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:application/json,{"events":[]}',
    'blob:https://news.example/6f1c',
    'file:///etc/passwd',
    'vbscript:msgbox(1)',
    'ftp://news.example/data.json',
  ])('refuses %j before fetching (schemeNotAllowed)', async (src) => {
    const fetchMock = mockFetch(() => Response.json({}));
    expect(await failureOf(loadDataset(src, signal, { base: PAGE }))).toMatchObject({ reason: 'schemeNotAllowed' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('with allowedOrigins: the page origin and the listed ones pass, others are refused before fetching', async () => {
    const fetchMock = mockFetch(() => Response.json({}));
    const allowedOrigins = ['https://data.example.org/any/path', 'not an origin'];
    await loadDataset('/data.json', signal, { base: PAGE, allowedOrigins });
    await loadDataset('https://data.example.org/x.json', signal, { base: PAGE, allowedOrigins });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    for (const src of ['https://evil.example/x.json', '//evil.example/x.json', 'http://data.example.org/x.json']) {
      expect(await failureOf(loadDataset(src, signal, { base: PAGE, allowedOrigins }))).toMatchObject({
        reason: 'originNotAllowed',
        url: src,
        origin: new URL(src, PAGE).origin,
      });
    }
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('an empty allowedOrigins list allows the page origin only', async () => {
    mockFetch(() => Response.json({}));
    await expect(loadDataset('./d.json', signal, { base: PAGE, allowedOrigins: [] })).resolves.toEqual({});
    expect(
      await failureOf(loadDataset('https://a.example/d.json', signal, { base: PAGE, allowedOrigins: [] })),
    ).toMatchObject({ reason: 'originNotAllowed' });
  });

  it('refuses a body whose Content-Length is over the limit without reading it (tooLarge)', async () => {
    const { response, pulled } = streamed(4, 10);
    response.headers.set('content-length', String(MAX_DATASET_BYTES + 1));
    mockFetch(() => response);
    expect(await failureOf(loadDataset('d.json', signal, { base: PAGE }))).toEqual({
      reason: 'tooLarge',
      url: 'd.json',
      limit: MAX_DATASET_BYTES,
    });
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it('stops reading a body without Content-Length as soon as it passes the limit', async () => {
    const { response, pulled } = streamed(1000, 100);
    mockFetch(() => response);
    expect(await failureOf(loadDataset('d.json', signal, { base: PAGE, maxBytes: 1000 }))).toMatchObject({
      reason: 'tooLarge',
      limit: 1000,
    });
    expect(pulled()).toBeLessThan(15);
  });

  it('a body exactly at the limit is read', async () => {
    const json = JSON.stringify({ title: 'x'.repeat(50) });
    mockFetch(() => new Response(json));
    await expect(loadDataset('d.json', signal, { base: PAGE, maxBytes: json.length })).resolves.toMatchObject({});
  });

  it('keeps the other failures: httpError, notJson, unreachable', async () => {
    mockFetch(() => new Response('nope', { status: 404, statusText: 'Not Found' }));
    expect(await failureOf(loadDataset('d.json', signal, { base: PAGE }))).toMatchObject({
      reason: 'httpError',
      status: 404,
    });
    mockFetch(() => new Response('<html>'));
    expect(await failureOf(loadDataset('d.json', signal, { base: PAGE }))).toMatchObject({ reason: 'notJson' });
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await failureOf(loadDataset('d.json', signal, { base: PAGE }))).toMatchObject({ reason: 'unreachable' });
  });
});
