import * as z from 'zod';
import { HTTP_URL_PATTERN, isHttpUrl } from './urls';
import { isTimeZone } from './timeZones';
import { ID_PATTERN } from './idPattern';

export { ID_PATTERN };

export const id = z.string({ error: 'an id is required (letters, digits, -, _, . or :)' }).regex(ID_PATTERN, {
  error: (issue) =>
    `"${String(issue.input)}" is not a usable id (start with a letter or digit; then only letters, digits, -, _, . or :)`,
});

export const idList = z.array(id, { error: 'expected a list of ids, e.g. ["us-dod", "kh"]' });

export const nonEmptyText = z.string({ error: 'text is required' }).trim().min(1, { error: 'must not be empty' });

export const httpUrl = z
  .string({ error: 'a URL is required' })
  .regex(HTTP_URL_PATTERN, {
    error: (issue) => `"${String(issue.input)}" is not a web address (only http:// and https:// links are allowed)`,
  })
  .refine((value) => !HTTP_URL_PATTERN.test(value) || isHttpUrl(value), {
    error: (issue) => `"${String(issue.input)}" is not a valid web address`,
  });

export const timeZone = z
  .string({ error: 'a time zone is required, e.g. "Asia/Baghdad"' })
  .refine(isTimeZone, {
    error: (issue) =>
      `"${String(issue.input)}" is not an IANA time zone (use a name like "Asia/Baghdad" or "America/New_York")`,
  })
  .meta({ description: 'IANA time zone name, e.g. Asia/Baghdad' });

export const latitude = z
  .number({ error: 'latitude must be a number' })
  .min(-90, { error: (issue) => `latitude ${String(issue.input)} is out of range (-90 to 90)` })
  .max(90, { error: (issue) => `latitude ${String(issue.input)} is out of range (-90 to 90)` });

export const longitude = z
  .number({ error: 'longitude must be a number' })
  .min(-180, { error: (issue) => `longitude ${String(issue.input)} is out of range (-180 to 180)` })
  .max(180, { error: (issue) => `longitude ${String(issue.input)} is out of range (-180 to 180)` });
