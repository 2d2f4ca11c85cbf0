import type * as z from 'zod/mini';
import { en } from 'zod/locales';

/**
 * Parse options that word validation issues in English. zod/mini carries no messages of its own
 * (every issue would read "Invalid input"), and people read these: in error replies and in logs.
 * Passed per parse rather than set with z.config, so whoever else uses zod in the process keeps
 * their own settings.
 */
export const inEnglish: z.core.ParseContext<z.core.$ZodIssue> = { error: en().localeError };

/** The first few issues, each prefixed with the path of the field it is about. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
