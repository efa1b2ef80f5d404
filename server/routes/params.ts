// Shared zod pieces for route parameters, so every endpoint names and bounds its inputs the same way.
import { z } from 'zod';

/** Dataset keys: printable, bounded; anything well-formed but unknown is a 404, not a 400. */
export const entityKey = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^[^\p{Cc}]+$/u, 'must not contain control characters');

export const keyParams = z.object({ key: entityKey });

/** Query strings turn a repeated parameter into an array: say so rather than "expected string". */
export const text = (required: string) =>
  z.string({ error: (iss) => (iss.input === undefined ? `is required (${required})` : 'must be given once, as text') });

/** A whole number in [min, max]; the message names the bounds. */
export const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`);
