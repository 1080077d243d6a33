import type { ExportedApplication, Procedure } from '@kakanai/contracts';
import { PERSON_FIELDS, type PersonField } from '@kakanai/domain';
import { BOM, csvLine } from '../../csv.ts';

const snake = (id: string) => id.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

const BASE_COLUMNS = [
  'application_code',
  'office_id',
  'procedure_id',
  'form_version',
  'application_version',
  'ticket_number',
  'opened_at',
  'called_at',
  'signed_at',
  'accepted_at',
  'signature_sha256',
] as const;

/**
 * The CSV's columns for a procedure: fixed ones, the person (`person_name` …), then one
 * `answer_<field id>` per field of the form in its order. Field ids are part of a form's
 * definition, so the columns stay the same for as long as the form does.
 */
export function applicationColumns(procedure: Procedure): string[] {
  const answerColumns = procedure.definition.sections
    .flatMap((section) => section.fields)
    .filter((field) => !field.person)
    .map((field) => `answer_${field.id}`);
  return [...BASE_COLUMNS, ...PERSON_FIELDS.map((field) => `person_${snake(field)}`), ...answerColumns];
}

/** A value as one cell: lists joined with ';', group rows (and anything else structured) as JSON. */
function cell(value: unknown): string | number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(';');
  return JSON.stringify(value);
}

/** The applications of one procedure as CSV (UTF-8 with BOM, CRLF), one row each. */
export function applicationsCsv(procedure: Procedure, applications: readonly ExportedApplication[]): string {
  const fieldIds = procedure.definition.sections
    .flatMap((section) => section.fields)
    .filter((field) => !field.person)
    .map((field) => field.id);
  const rows = applications.map((application) => [
    application.code,
    application.officeId,
    application.procedureId,
    application.formVersion,
    application.version,
    application.ticketNumber,
    application.times.openedAt,
    application.times.calledAt,
    application.times.signedAt,
    application.times.acceptedAt,
    application.signatureHash,
    ...PERSON_FIELDS.map((field: PersonField) => cell(application.person[field])),
    ...fieldIds.map((id) => cell(application.answers[id])),
  ]);
  return BOM + [applicationColumns(procedure), ...rows].map(csvLine).join('');
}
