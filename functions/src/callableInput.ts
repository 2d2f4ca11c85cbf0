// Validation at the edge of a callable: bad input becomes 'invalid-argument' with what was wrong.
import type * as z from 'zod/mini';
import { HttpsError } from 'firebase-functions/v2/https';
import { describeIssues, inEnglish } from '@chorus/protocol';

export function parseInput<S extends z.ZodMiniType>(schema: S, data: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(data, inEnglish);
  if (!parsed.success) throw new HttpsError('invalid-argument', `${what}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}
