import { categoryShape } from '../theme/categoryShapes';
import type { Theme } from '../theme/themeTypes';
import { ThemeScope } from '../react/components/ThemeScope';
import type { FrameText, StaticFrame } from './staticFrame';
import { StaticPlot } from './StaticPlot';

export interface StaticTimelineSvgProps {
  frame: StaticFrame;
  theme: Theme;
  /** The `data-fp-theme` value, when a theme was asked for. */
  themeAttribute: string | undefined;
  size: 'article' | 'social';
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The picture's accessible name and description (`<title>`, `<desc>`). */
  title: string;
  description: string;
  idPrefix: string;
  formatCount: (count: number) => string;
}

interface LinesProps {
  text: FrameText;
  className: string;
  x: number;
}

/** One `<text>` per line; in a right-to-left language `x` is the right edge and each line runs leftwards from it. */
function Lines({ text, className, x }: LinesProps) {
  return (
    <>
      {text.lines.map((line, i) => (
        <text key={i} className={className} x={x} y={text.y + i * text.lineHeight} fontSize={text.fontSize}>
          {line}
        </text>
      ))}
    </>
  );
}

/**
 * The timeline as one standalone SVG: title, the plot (the Timeline's own parts), the note on time zones, a key
 * to the categories and the credit. The stylesheet goes where the empty `<style>` is (see renderStaticSvg).
 */
export function StaticTimelineSvg(props: StaticTimelineSvgProps) {
  const { frame, theme, themeAttribute, size, lang, dir, title, description, idPrefix, formatCount } = props;
  const { width, height, margin, plot, key } = frame;
  const rtl = dir === 'rtl';
  // Text starts at the left margin, or at the right one in a right-to-left language.
  const textX = rtl ? width - margin : margin;
  const model = plot.model;
  return (
    <ThemeScope theme={theme}>
      <svg
        xmlns="http://www.w3.org/2000/svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${idPrefix}-title`}
        aria-describedby={`${idPrefix}-desc`}
        className="fp-root fp-timeline fp-static"
        data-fp="static-timeline"
        data-size={size}
        data-fp-theme={themeAttribute}
        lang={lang}
        xmlLang={lang}
      >
        <title id={`${idPrefix}-title`}>{title}</title>
        <desc id={`${idPrefix}-desc`}>{description}</desc>
        <style />
        <rect className="fp-static__background" width={width} height={height} />
        <g className="fp-static__header" direction={dir}>
          <Lines text={frame.title} className="fp-static__title" x={textX} />
          {frame.subtitle && <Lines text={frame.subtitle} className="fp-static__subtitle" x={textX} />}
        </g>
        <svg
          className="fp-plot"
          x={plot.x}
          y={plot.y}
          width={model.width * plot.scale}
          height={model.height * plot.scale}
          viewBox={`0 0 ${model.width} ${model.height}`}
          // Coordinates are physical whatever the language; the axis direction is in the layout.
          direction="ltr"
          data-axis-direction={model.layout.axisDirection}
        >
          <StaticPlot model={model} idPrefix={idPrefix} formatCount={formatCount} />
        </svg>
        <g className="fp-static__footer" direction={dir}>
          <Lines text={frame.note} className="fp-static__note" x={textX} />
          <g className="fp-static__key">
            {key.entries.map((entry) => {
              const left = rtl ? width - entry.x - entry.width : entry.x;
              const swatchX = rtl ? left + entry.width - key.swatch : left;
              const gap = key.fontSize * 0.5;
              return (
                <g key={entry.category} className="fp-static__key-entry" data-category={entry.category}>
                  <path
                    className="fp-mark__symbol"
                    d={categoryShape(theme, entry.category)}
                    transform={`translate(${swatchX} ${entry.y - key.swatch / 2}) scale(${key.swatch / 16})`}
                  />
                  <text
                    className="fp-static__key-label"
                    x={rtl ? swatchX - gap : swatchX + key.swatch + gap}
                    y={entry.y}
                    dominantBaseline="central"
                    fontSize={key.fontSize}
                  >
                    {entry.label}
                  </text>
                </g>
              );
            })}
          </g>
          {frame.credit && <Lines text={frame.credit} className="fp-static__credit" x={textX} />}
        </g>
      </svg>
    </ThemeScope>
  );
}
