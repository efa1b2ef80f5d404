// zod at the HTTP boundary: a failed parse becomes a 400 naming the parameter and what was wrong with it.
import type { z } from 'zod';
import { AppError } from './app-error.ts';

export function validate<S extends z.ZodType>(schema: S, input: unknown, where = 'query'): z.output<S> {
  const res = schema.safeParse(input);
  if (res.success) return res.data;
  const issue = res.error.issues[0]!;
  const name = issue.path.length ? issue.path.join('.') : where;
  throw AppError.badRequest(`${name}: ${issue.message}`);
}
