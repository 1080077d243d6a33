import { conditionHolds, readValue, type Values } from './conditions.ts';
import type { Condition, FieldDefinition, FormDefinition, SectionDefinition } from './types.ts';

// Visibility is resolved per scope (a form's fields, a group's row, a guide's questions) so that
// a hidden item's value reads as missing. Otherwise a stale answer behind a changed choice (moving
// with family: yes → no) would keep showing, and requiring, the questions that hang off it.

/** A field or question that conditions can show or hide. */
export interface ScopeItem {
  id: string;
  /** All must hold for the item to be shown (a section's condition, then the item's own). */
  conditions: readonly (Condition | undefined)[];
  /** Where its value lives when not under its own id: person fields read 'person.<field>'. */
  source?: string | undefined;
}

export interface ResolvedScope {
  /** Per item, in the order given. */
  shown: boolean[];
  /** The values conditions should see: hidden items read as missing, person fields as the person data. */
  values: Values;
}

/** Which items are shown for these values, each condition reading the other items as resolved. */
export function resolveScope(items: readonly ScopeItem[], values: Values): ResolvedScope {
  const indexById = new Map<string, number>();
  items.forEach((item, index) => {
    if (!indexById.has(item.id)) indexById.set(item.id, index);
  });
  const shown: (boolean | undefined)[] = items.map(() => undefined);
  const resolving = new Set<number>();

  const read = (field: string): unknown => {
    const index = indexById.get(field);
    if (index === undefined) return readValue(values, field);
    const item = items[index]!;
    return isShown(index) ? readValue(values, item.source ?? item.id) : undefined;
  };
  const isShown = (index: number): boolean => {
    const known = shown[index];
    if (known !== undefined) return known;
    // A cycle (validateDefinition reports it) is cut by reading the item as shown meanwhile.
    if (resolving.has(index)) return true;
    resolving.add(index);
    const result = items[index]!.conditions.every(
      (condition) => !condition || conditionHolds(condition, read),
    );
    resolving.delete(index);
    shown[index] = result;
    return result;
  };

  const resolved: Values = { ...values };
  for (const id of indexById.keys()) resolved[id] = read(id);
  return { shown: items.map((_, index) => isShown(index)), values: resolved };
}

/** Every field of a form with its section, in order. */
export function formEntries(
  definition: FormDefinition,
): { section: SectionDefinition; field: FieldDefinition }[] {
  return definition.sections.flatMap((section) => section.fields.map((field) => ({ section, field })));
}

/** How a field takes part in its scope's visibility: its section's condition first, then its own. */
export function fieldScopeItem(
  field: Pick<FieldDefinition, 'id' | 'visibleWhen' | 'person'>,
  section?: Pick<SectionDefinition, 'visibleWhen'>,
): ScopeItem {
  return {
    id: field.id,
    conditions: [section?.visibleWhen, field.visibleWhen],
    source: field.person ? `person.${field.person}` : undefined,
  };
}

/** Every field name a condition reads. */
export function conditionFields(condition: Condition | undefined): string[] {
  if (!condition) return [];
  if ('all' in condition) return condition.all.flatMap(conditionFields);
  if ('any' in condition) return condition.any.flatMap(conditionFields);
  if ('not' in condition) return conditionFields(condition.not);
  return [condition.field];
}
