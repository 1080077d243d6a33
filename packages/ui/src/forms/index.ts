// The form renderer: procedure forms drawn from their definitions, shared by the resident's
// pre-entry, the counter tablet and the console's visit screen.
export * from './answer-errors.ts';
export * from './answers-form.tsx';
export * from './choice-fields.tsx';
export * from './date-input.tsx';
export * from './era-date.ts';
export * from './field-renderer.tsx';
export * from './form-model.ts';
export * from './format-answer.tsx';
export * from './group-field.tsx';
export * from './person-definition.ts';
export * from './postal-code-field.tsx';
