import { useEffect, useRef } from 'react';

/**
 * The list of fields to fix, shown above a form after a failed submit (GOV.UK's pattern). It takes
 * focus whenever `attempt` changes, and each entry moves focus to its field.
 */
export function ErrorSummary({
  title,
  errors,
  attempt,
}: {
  title: string;
  errors: { fieldId: string; message: string }[];
  /** Bumped on every failed submit, so a second failure is announced again. */
  attempt: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the trigger, not a value read inside
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary-title">
        {title}
      </h2>
      <ul>
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(error.fieldId)?.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
