import type { Media } from '../../schema/index';
import { isHttpUrl } from '../../schema/urls';
import { interpolate } from '../../i18n/index';
import type { EventListContext } from './eventListContext';
import { text } from './safeData';
import { Message } from './Message';
import { SensitiveMedia } from './SensitiveMedia';

export interface MediaFigureProps {
  media: Media;
  context: EventListContext;
}

function kindWord(kind: unknown, context: EventListContext): string {
  const m = context.messages;
  if (kind === 'video') return m.mediaKindVideo;
  if (kind === 'audio') return m.mediaKindAudio;
  if (kind === 'document') return m.mediaKindFile;
  return m.mediaKindImage;
}

/**
 * A picture (lazy-loaded, with its alt text) or a link to a video, audio or document, with caption and credit.
 * Only http(s) URLs become a `src` or `href`; otherwise the alt text stands in. Media with a content
 * warning stays blurred, and hidden from assistive technology, until the reader reveals it.
 */
export function MediaFigure({ media, context }: MediaFigureProps) {
  const alt = text(media.alt);
  const caption = text(media.caption);
  const credit = text(media.credit);
  const warning = text(media.contentWarning);
  const url = typeof media.url === 'string' && isHttpUrl(media.url) ? media.url : undefined;
  const kind = media.kind ?? 'image';
  let body;
  if (url && kind === 'image') {
    body = <img className="fp-media__image" src={url} alt={alt} loading="lazy" decoding="async" />;
  } else if (url) {
    body = (
      <a className="fp-media__link" href={url} rel="noopener noreferrer">
        {interpolate(context.messages.openMedia, { kind: kindWord(kind, context), alt })}
      </a>
    );
  } else {
    body = <span className="fp-media__alt">{alt}</span>;
  }
  const figure = (
    <figure className="fp-media" data-kind={kind}>
      {body}
      {(caption || credit) && (
        <figcaption className="fp-media__caption">
          {caption && <bdi>{caption}</bdi>}
          {caption && credit && ' '}
          {credit && (
            <span className="fp-media__credit">
              <Message template={context.messages.mediaCredit} values={{ credit: <bdi>{credit}</bdi> }} />
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
  if (!warning) return figure;
  return (
    <SensitiveMedia
      warning={interpolate(context.messages.contentWarning, { warning })}
      revealLabel={context.messages.revealMedia}
    >
      {figure}
    </SensitiveMedia>
  );
}
