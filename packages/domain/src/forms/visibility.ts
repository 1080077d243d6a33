import { evaluateCondition, type Values } from './conditions.ts';
import { fieldScopeItem, formEntries, type ResolvedScope, resolveScope } from './scope.ts';
import type { FieldDefinition, FormDefinition, SectionDefinition } from './types.ts';

/** The fields of a form that are shown for these values (sections and fields whose visibleWhen holds), in order. */
export function visibleFields(
  definition: FormDefinition,
  values: Values,
): { section: SectionDefinition; field: FieldDefinition }[] {
  const entries = formEntries(definition);
  const { shown } = resolveForm(definition, values);
  return entries.filter((_, index) => shown[index]);
}

/** The values conditions see in a form: hidden fields' answers read as missing, person fields as 'person.<field>'. */
export function visibleValues(definition: FormDefinition, values: Values): Values {
  return resolveForm(definition, values).values;
}

/** Whether a field must be filled for these values (required true, or its condition holds), given it is visible. */
export function isRequired(field: Pick<FieldDefinition, 'required'>, values: Values): boolean {
  const { required } = field;
  return typeof required === 'object' ? evaluateCondition(required, values) : required === true;
}

function resolveForm(definition: FormDefinition, values: Values): ResolvedScope {
  return resolveScope(
    formEntries(definition).map(({ section, field }) => fieldScopeItem(field, section)),
    values,
  );
}
