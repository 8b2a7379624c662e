/**
 * Colour-vision deficiency simulation and perceptual colour difference, so the tests can check that the
 * palettes of the built-in themes stay distinguishable for readers with protanopia, deuteranopia or
 * tritanopia. Pure functions on opaque sRGB hex colours; no dependencies.
 *
 * Simulation: G. M. Machado, M. M. Oliveira and L. A. F. Fernandes, "A Physiologically-based Model for
 * Simulation of Color Vision Deficiency", IEEE Transactions on Visualization and Computer Graphics 15(6),
 * 1291–1298, 2009 (doi:10.1109/TVCG.2009.113). The matrices are the paper's for severity 1.0 (dichromacy),
 * applied to linear (not gamma-encoded) RGB, as the paper prescribes.
 *
 * Difference: CIEDE2000 as written out in G. Sharma, W. Wu and E. N. Dalal, "The CIEDE2000 Color-Difference
 * Formula: Implementation Notes, Supplementary Test Data, and Mathematical Observations", Color Research and
 * Application 30(1), 21–30, 2005, with kL = kC = kH = 1. CIELAB from sRGB under D65.
 */

export type ColorVision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';

export const COLOR_VISIONS: readonly ColorVision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

/** A CIELAB colour (D65 white). */
export interface Lab {
  L: number;
  a: number;
  b: number;
}

type Vector = [number, number, number];
type Matrix = [Vector, Vector, Vector];

/** Machado, Oliveira & Fernandes (2009), table of simulation matrices, severity 1.0. */
const MACHADO: Record<Exclude<ColorVision, 'normal'>, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** sRGB (linear) → CIE XYZ, D65 (IEC 61966-2-1). */
const SRGB_TO_XYZ: Matrix = [
  [0.4124564, 0.3575761, 0.1804375],
  [0.2126729, 0.7151522, 0.072175],
  [0.0193339, 0.119192, 0.9503041],
];
const D65: Vector = [0.95047, 1, 1.08883];

function multiply(m: Matrix, v: Vector): Vector {
  return m.map((row) => row[0] * v[0] + row[1] * v[1] + row[2] * v[2]) as Vector;
}

function parseHex(hex: string): Vector {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) throw new Error(`Not an opaque hex colour: ${hex}`);
  const digits = match[1]!.length === 3 ? [...match[1]!].map((d) => d + d).join('') : match[1]!;
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16) / 255) as Vector;
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const clamp = (c: number) => Math.min(1, Math.max(0, c));

function toHex(rgb: Vector): string {
  return `#${rgb
    .map((c) =>
      Math.round(clamp(c) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Linear RGB as seen with the given vision, clamped to the sRGB gamut. */
function simulateLinear(hex: string, kind: ColorVision): Vector {
  const linear = parseHex(hex).map(toLinear) as Vector;
  if (kind === 'normal') return linear;
  return multiply(MACHADO[kind], linear).map(clamp) as Vector;
}

/** The colour a reader with the given (complete) colour-vision deficiency sees, as sRGB hex. */
export function simulateColorVision(hex: string, kind: ColorVision): string {
  return toHex(simulateLinear(hex, kind).map(toGamma) as Vector);
}

function linearToLab(linear: Vector): Lab {
  const xyz = multiply(SRGB_TO_XYZ, linear);
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const [fx, fy, fz] = xyz.map((value, i) => f(value / D65[i]!)) as Vector;
  return { L: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz) };
}

/** CIELAB (D65) of an sRGB hex colour. */
export function hexToLab(hex: string): Lab {
  return linearToLab(parseHex(hex).map(toLinear) as Vector);
}

const degrees = (radians: number) => (radians * 180) / Math.PI;
const radians = (deg: number) => (deg * Math.PI) / 180;

/**
 * CIEDE2000 colour difference (kL = kC = kH = 1) between two colours, each an sRGB hex string or a CIELAB
 * triple. Symmetric; 0 for equal colours; about 1 is a just-noticeable difference.
 */
export function deltaE2000(first: string | Lab, second: string | Lab): number {
  const one = typeof first === 'string' ? hexToLab(first) : first;
  const two = typeof second === 'string' ? hexToLab(second) : second;

  const C1 = Math.hypot(one.a, one.b);
  const C2 = Math.hypot(two.a, two.b);
  const meanC7 = ((C1 + C2) / 2) ** 7;
  const G = 0.5 * (1 - Math.sqrt(meanC7 / (meanC7 + 25 ** 7)));
  const a1 = (1 + G) * one.a;
  const a2 = (1 + G) * two.a;
  const c1 = Math.hypot(a1, one.b);
  const c2 = Math.hypot(a2, two.b);
  // Hue angles in degrees, 0 ≤ h < 360; 0 for a neutral colour (a' = b = 0).
  const hue = (b: number, a: number) => (b === 0 && a === 0 ? 0 : (degrees(Math.atan2(b, a)) + 360) % 360);
  const h1 = hue(one.b, a1);
  const h2 = hue(two.b, a2);

  const dL = two.L - one.L;
  const dC = c2 - c1;
  let dh = 0;
  if (c1 * c2 !== 0) {
    dh = h2 - h1;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin(radians(dh / 2));

  const meanL = (one.L + two.L) / 2;
  const meanc = (c1 + c2) / 2;
  let meanh = h1 + h2;
  if (c1 * c2 !== 0) {
    if (Math.abs(h1 - h2) <= 180) meanh = (h1 + h2) / 2;
    else meanh = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
  }

  const T =
    1 -
    0.17 * Math.cos(radians(meanh - 30)) +
    0.24 * Math.cos(radians(2 * meanh)) +
    0.32 * Math.cos(radians(3 * meanh + 6)) -
    0.2 * Math.cos(radians(4 * meanh - 63));
  const dTheta = 30 * Math.exp(-(((meanh - 275) / 25) ** 2));
  const meanc7 = meanc ** 7;
  const RC = 2 * Math.sqrt(meanc7 / (meanc7 + 25 ** 7));
  const SL = 1 + (0.015 * (meanL - 50) ** 2) / Math.sqrt(20 + (meanL - 50) ** 2);
  const SC = 1 + 0.045 * meanc;
  const SH = 1 + 0.015 * meanc * T;
  const RT = -Math.sin(radians(2 * dTheta)) * RC;

  const l = dL / SL;
  const c = dC / SC;
  const h = dH / SH;
  return Math.sqrt(l * l + c * c + h * h + RT * c * h);
}

export interface Distinctness {
  /** The smallest CIEDE2000 difference between any two colours of the palette, as the given vision sees them. */
  minimum: number;
  /** The indexes (into the palette) of the two colours that are closest. */
  pair: [number, number];
}

/**
 * How far apart the closest two colours of a palette are for a reader with the given vision: each colour is
 * simulated, then every pair is compared with CIEDE2000. Needs at least two colours.
 */
export function paletteDistinctness(colors: readonly string[], kind: ColorVision): Distinctness {
  if (colors.length < 2) throw new Error('A palette needs at least two colours to compare');
  const labs = colors.map((color) => linearToLab(simulateLinear(color, kind)));
  let result: Distinctness = { minimum: Infinity, pair: [0, 1] };
  for (let i = 0; i < labs.length; i++) {
    for (let j = i + 1; j < labs.length; j++) {
      const distance = deltaE2000(labs[i]!, labs[j]!);
      if (distance < result.minimum) result = { minimum: distance, pair: [i, j] };
    }
  }
  return result;
}
