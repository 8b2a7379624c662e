import type { DatasetIssue } from '../../schema/DatasetIssue';
import type { Media } from '../../schema/media';
import { isHttpUrl } from '../../schema/urls';
import { htmlToText } from '../htmlToText';
import { htmlToLine } from './text';
import { describeValue, isRecord, stringField } from './values';

const VIDEO_HOSTS =
  /(^|\.)(youtube\.com|youtu\.be|vimeo\.com|vine\.co|dailymotion\.com|dai\.ly|tiktok\.com|wistia\.(com|net)|twitch\.tv)$/;
const AUDIO_HOSTS = /(^|\.)(soundcloud\.com|spotify\.com|anchor\.fm)$/;
const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif|svg|bmp|tiff?)$/i;
const VIDEO_FILE = /\.(mp4|webm|mov|m4v|ogv)$/i;
const AUDIO_FILE = /\.(mp3|wav|ogg|oga|m4a|aac|flac)$/i;

/**
 * What the media is, from its address: video and audio sites and files, image files; anything else (a tweet,
 * a Wikipedia article, a Flickr photo page) is a `document`, which Flashpoint shows as a link, not as an image.
 */
export function mediaKind(url: string): Media['kind'] {
  const { hostname, pathname } = new URL(url);
  const host = hostname.toLowerCase();
  if (VIDEO_HOSTS.test(host) || VIDEO_FILE.test(pathname)) return 'video';
  if (AUDIO_HOSTS.test(host) || AUDIO_FILE.test(pathname)) return 'audio';
  if (IMAGE_FILE.test(pathname)) return 'image';
  return 'document';
}

/** Why a media `url` is not usable, for the issue. */
function urlProblem(url: string): string {
  if (url.startsWith('<')) return 'is HTML (a quote or an embed), not a web address';
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    return `${describeValue(url)} is not a web address (only http:// and https:// links are kept)`;
  }
  return `${describeValue(url)} is a relative address, which only works on the page it was made for`;
}

/**
 * A TimelineJS media object as our media: an http(s) `url` (a protocol-relative `//host/…` is read as https),
 * caption and credit as plain text, and alt text from `alt`, else the media `title`, else the caption, else
 * `fallbackAlt` (the event's title), because our media always needs alt text. Anything else gives an issue and
 * no media.
 */
export function readTimelineJsMedia(
  raw: unknown,
  path: string,
  fallbackAlt: string,
  issues: DatasetIssue[],
): Media | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isRecord(raw)) {
    issues.push({ path, message: `expected a media object with a "url", got ${describeValue(raw)}; it is left out` });
    return undefined;
  }
  const caption = htmlToText(stringField(raw, 'caption') ?? '');
  const credit = htmlToText(stringField(raw, 'credit') ?? '');
  const rawUrl = stringField(raw, 'url')?.trim();
  if (rawUrl === undefined) {
    if (caption || credit) {
      issues.push({ path: `${path}.url`, message: 'the media has a caption or credit but no url; it is left out' });
    }
    return undefined;
  }
  const url = rawUrl.startsWith('//') ? `https:${rawUrl}` : rawUrl;
  if (!isHttpUrl(url)) {
    issues.push({ path: `${path}.url`, message: `the media url ${urlProblem(rawUrl)}; the media is left out` });
    return undefined;
  }
  const alt =
    htmlToLine(stringField(raw, 'alt')) || htmlToLine(stringField(raw, 'title')) || caption.replace(/\s*\n\s*/g, ' ');
  return {
    url,
    kind: mediaKind(url),
    alt: alt || fallbackAlt,
    ...(caption && { caption }),
    ...(credit && { credit }),
  };
}
