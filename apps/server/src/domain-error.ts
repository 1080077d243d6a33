import type { ProblemCode } from '@kakanai/contracts';

/**
 * A use case refusing, with a stable code. Services throw these; the error plugin alone decides
 * the HTTP status and writes the problem document.
 */
export class DomainError extends Error {
  readonly code: ProblemCode;
  /** For validation_failed: which fields to fix. */
  readonly errors: { path: string; message: string }[] | undefined;

  constructor(code: ProblemCode, detail?: string, errors?: { path: string; message: string }[]) {
    super(detail ?? code);
    this.name = 'DomainError';
    this.code = code;
    this.errors = errors;
  }
}
