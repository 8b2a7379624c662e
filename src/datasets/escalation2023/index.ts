import type { Dataset } from '../../schema/dataset';
import generated from './escalation2023.generated.json';

/**
 * The bundled example: the 2023–24 escalation between Iran-aligned militias and US forces, sourced and attributed.
 * Written in ./input.ts; this is its parsed form, made by `npm run build:data` and checked against it in the tests.
 */
export const escalation2023 = generated as unknown as Dataset;
