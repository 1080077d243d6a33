// A form definition and its answers as a stack of ruled bands (section headers, rows of
// label + value cells, group sub-tables), measured, then cut into pages.
import type { Person } from '@kakanai/contracts';
import {
  type FieldDefinition,
  type FormDefinition,
  pairNamesWithKana,
  type Values,
  visibleFields,
  visibleValues,
  withPerson,
} from '@kakanai/domain';
import { type FieldCell, fieldLines, GROUP_SIZES, ROW_SIZES } from './field-content.ts';
import { type Line, linesHeight, type TextMeasurer, type TextStyle } from './text-layout.ts';

export const PAGE = { width: 595.28, height: 841.89, marginX: 34, marginTop: 28, marginBottom: 26 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;
/** Title, fee, addressee and date; repeated on every page of a form. */
export const HEADER_HEIGHT = 76;
export const FOOTER_HEIGHT = 18;
/** Height the table may fill on one page. */
export const BODY_HEIGHT = PAGE.height - PAGE.marginTop - HEADER_HEIGHT - PAGE.marginBottom - FOOTER_HEIGHT;

export const CELL_PADDING_X = 4;
const CELL_PADDING_Y = 3.5;
const LABEL_WIDTH = 76;
const NARROW_LABEL_WIDTH = 56;
const MIN_ROW_HEIGHT = 24;
const MIN_GROUP_ROW_HEIGHT = 22;
const SECTION_BAND_HEIGHT = 15;
// Bands never split across pages, so one answer can't run longer than this; maxLength on the
// field keeps real answers far shorter.
const MAX_BAND_HEIGHT = BODY_HEIGHT / 2;
const UNITS = 12;

const LABEL: TextStyle = { weight: 'regular', size: 8 };
const LABEL_KANA: TextStyle = { weight: 'regular', size: 6 };
const SECTION_TITLE: TextStyle = { weight: 'bold', size: 9 };

export interface Cell {
  x: number;
  width: number;
  lines: Line[];
  shaded: boolean;
  align: 'left' | 'center';
}

/** One horizontal band of the table, full content width, drawn as a row of ruled cells. */
export interface Block {
  kind: 'section' | 'row' | 'group-columns' | 'group-row';
  height: number;
  cells: Cell[];
  /** The section's band, and the one (marked 続き) that repeats when the section continues on a new page. */
  section: { band: Block; continued: Block };
  /** Group blocks share a label cell down their left side and repeat the column headers after a page break. */
  group?: GroupFrame;
}

export interface GroupFrame {
  label: Cell;
  columns: Block;
}

export interface FormData {
  definition: FormDefinition;
  person: Person;
  answers: Record<string, unknown>;
}

/** The form's visible sections as measured bands, top to bottom. */
export function layoutForm(measurer: TextMeasurer, data: FormData): Block[] {
  const values = withPerson(data.answers, data.person);
  const visible = new Set(visibleFields(data.definition, values).map(({ field }) => field));
  // What a group row's conditions see besides the row itself: hidden fields read as missing.
  const formValues = visibleValues(data.definition, values);
  const blocks: Block[] = [];
  for (const section of data.definition.sections) {
    const fields = section.fields.filter((field) => visible.has(field));
    if (fields.length === 0) continue;
    const bands = sectionBands(measurer, section.title.ja);
    blocks.push(bands.band);
    let row: RowEntry[] = [];
    let used = 0;
    const flush = () => {
      if (row.length > 0) blocks.push(fieldRow(measurer, row, bands));
      row = [];
      used = 0;
    };
    for (const { field, kana } of pairNamesWithKana(fields)) {
      if (field.type === 'group') {
        flush();
        blocks.push(...groupBlocks(measurer, field, data.answers[field.id], formValues, bands));
        continue;
      }
      const span = Math.min(UNITS, Math.max(1, field.span ?? UNITS));
      if (used + span > UNITS) flush();
      const kanaValue = kana
        ? answerOf(kana, data)
        : field.person === 'name'
          ? data.person.nameKana
          : undefined;
      row.push({ cell: { field, value: answerOf(field, data), kana: kanaValue }, kanaField: kana, span });
      used += span;
    }
    flush();
  }
  return blocks;
}

export interface PlacedBlock {
  block: Block;
  /** Distance from the top of the page's table area. */
  top: number;
}

/** Cuts the bands into pages; a continued section repeats its band (and a group its column headers). */
export function paginate(blocks: readonly Block[]): PlacedBlock[][] {
  const pages: PlacedBlock[][] = [[]];
  let y = 0;
  const place = (block: Block) => {
    pages[pages.length - 1]!.push({ block, top: y });
    y += block.height;
  };
  blocks.forEach((block, index) => {
    if (y > 0 && y + keptTogetherHeight(blocks, index) > BODY_HEIGHT) {
      pages.push([]);
      y = 0;
      if (block.kind !== 'section') place(block.section.continued);
      if (block.kind === 'group-row' && block.group) place(block.group.columns);
    }
    place(block);
  });
  return pages;
}

/** A header band never ends a page: it needs room for the headers and the first row under it. */
function keptTogetherHeight(blocks: readonly Block[], index: number): number {
  let height = 0;
  for (let i = index; i < blocks.length; i++) {
    const block = blocks[i]!;
    height += block.height;
    if (block.kind !== 'section' && block.kind !== 'group-columns') break;
  }
  return height;
}

function sectionBands(measurer: TextMeasurer, title: string): Block['section'] {
  const bands = {} as Block['section'];
  const band = (line: Line): Block => ({
    kind: 'section',
    height: SECTION_BAND_HEIGHT,
    cells: [{ x: 0, width: CONTENT_WIDTH, lines: [line], shaded: true, align: 'left' }],
    section: bands,
  });
  const titleLine = measurer.line(title, SECTION_TITLE);
  const mark = { text: '（続き）', style: LABEL, x: titleLine.width };
  bands.band = band(titleLine);
  bands.continued = band({
    ...titleLine,
    runs: [...titleLine.runs, mark],
    width: mark.x + measurer.width(mark.text, LABEL),
  });
  return bands;
}

interface RowEntry {
  cell: FieldCell;
  kanaField: FieldDefinition | undefined;
  span: number;
}

function fieldRow(measurer: TextMeasurer, row: readonly RowEntry[], section: Block['section']): Block {
  const cells: Cell[] = [];
  let x = 0;
  row.forEach(({ cell, kanaField, span }, index) => {
    const width = index === row.length - 1 ? CONTENT_WIDTH - x : (CONTENT_WIDTH * span) / UNITS;
    const labelWidth = width >= 200 ? LABEL_WIDTH : NARROW_LABEL_WIDTH;
    const inner = labelWidth - 2 * CELL_PADDING_X;
    cells.push({
      x,
      width: labelWidth,
      lines: labelLines(measurer, cell.field, kanaField, inner),
      shaded: true,
      align: 'left',
    });
    const valueWidth = width - labelWidth - 2 * CELL_PADDING_X;
    cells.push({
      x: x + labelWidth,
      width: width - labelWidth,
      lines: fieldLines(measurer, cell, valueWidth, ROW_SIZES),
      shaded: false,
      align: 'left',
    });
    x += width;
  });
  return { kind: 'row', height: bandHeight(measurer, cells, MIN_ROW_HEIGHT), cells, section };
}

function labelLines(
  measurer: TextMeasurer,
  field: FieldDefinition,
  kanaField: FieldDefinition | undefined,
  width: number,
): Line[] {
  const kana = kanaField
    ? measurer.lines(kanaField.label.ja, LABEL_KANA, width)
    : field.person === 'name'
      ? [measurer.line('フリガナ', LABEL_KANA)]
      : [];
  return [...kana, ...labelText(measurer, field.label.ja, width)];
}

/** A label in its cell, a point smaller when that saves a line (異動する人との関係 on one line, not two). */
function labelText(measurer: TextMeasurer, label: string, width: number): Line[] {
  const lines = measurer.lines(label, LABEL, width);
  if (lines.length === 1) return lines;
  const smaller = measurer.lines(label, { ...LABEL, size: LABEL.size - 1 }, width);
  return smaller.length < lines.length ? smaller : lines;
}

// Natural column widths in a group sub-table, before scaling to the table's width.
const COLUMN_WIDTH: Partial<Record<FieldDefinition['type'], number>> = {
  text: 90,
  kana: 90,
  date: 112,
  postal_code: 60,
  phone: 84,
  email: 120,
  address: 170,
  number: 44,
  checkbox: 64,
};

function groupBlocks(
  measurer: TextMeasurer,
  group: FieldDefinition,
  value: unknown,
  formValues: Values,
  section: Block['section'],
): Block[] {
  const rows = Array.isArray(value) ? value.filter(isRecord) : [];
  const children = group.fields ?? [];
  // A row is a scope of its own, like a form with one section: its conditions see the row's
  // answers first, then the form's.
  const rowForm: FormDefinition = {
    version: 1,
    title: group.label,
    sections: [{ id: group.id, title: group.label, fields: children }],
  };
  const childForm = (values: Values) => new Set(visibleFields(rowForm, values).map(({ field }) => field));
  const rowVisible = rows.map((row) => childForm({ ...formValues, ...row }));
  const shown = rows.length > 0 ? new Set(rowVisible.flatMap((set) => [...set])) : childForm(formValues);
  const columns = pairNamesWithKana(children.filter((child) => shown.has(child)));
  if (columns.length === 0) return [];

  const available = CONTENT_WIDTH - LABEL_WIDTH;
  const natural = columns.map(({ field, kana }) => {
    if (field.span) return (available * field.span) / UNITS;
    if (kana) return 120;
    const choices = field.options ?? [];
    if (choices.length > 0) {
      const labels = choices.reduce(
        (sum, option) => sum + measurer.width(`□${option.label.ja}`, LABEL) + 8,
        0,
      );
      return Math.min(140, Math.max(48, labels + 2 * CELL_PADDING_X));
    }
    return COLUMN_WIDTH[field.type] ?? 80;
  });
  const scale = available / natural.reduce((sum, width) => sum + width, 0);
  const lefts: number[] = [];
  natural.reduce((x, width) => {
    lefts.push(x);
    return x + width * scale;
  }, LABEL_WIDTH);
  const widthOf = (index: number) => (lefts[index + 1] ?? CONTENT_WIDTH) - lefts[index]!;

  const headerCells: Cell[] = columns.map(({ field, kana }, index) => ({
    x: lefts[index]!,
    width: widthOf(index),
    lines: labelLines(measurer, field, kana, widthOf(index) - 2 * CELL_PADDING_X),
    shaded: true,
    align: 'center',
  }));
  const label: Cell = {
    x: 0,
    width: LABEL_WIDTH,
    lines: labelText(measurer, group.label.ja, LABEL_WIDTH - 2 * CELL_PADDING_X),
    shaded: true,
    align: 'left',
  };
  const columnsBlock: Block = {
    kind: 'group-columns',
    height: bandHeight(measurer, headerCells, 18),
    cells: headerCells,
    section,
  };
  const frame: GroupFrame = { label, columns: columnsBlock };
  columnsBlock.group = frame;

  // Paper forms keep their empty lines; print at least minItems (and one) even when nobody is listed.
  const lineCount = Math.max(rows.length, group.minItems ?? 0, 1);
  const rowBlocks = Array.from({ length: lineCount }, (_, rowIndex): Block => {
    const row = rows[rowIndex] ?? {};
    const visible = rowVisible[rowIndex];
    const cells = columns.map(({ field, kana }, index): Cell => {
      const hidden = visible !== undefined && !visible.has(field);
      const width = widthOf(index);
      return {
        x: lefts[index]!,
        width,
        lines: hidden
          ? []
          : fieldLines(
              measurer,
              { field, value: row[field.id], kana: kana ? row[kana.id] : undefined },
              width - 2 * CELL_PADDING_X,
              GROUP_SIZES,
            ),
        shaded: false,
        align: 'left',
      };
    });
    return {
      kind: 'group-row',
      height: bandHeight(measurer, cells, MIN_GROUP_ROW_HEIGHT),
      cells,
      section,
      group: frame,
    };
  });
  return [columnsBlock, ...rowBlocks];
}

/** The height of a band of cells; a cell with more lines than fit in MAX_BAND_HEIGHT loses the rest. */
function bandHeight(measurer: TextMeasurer, cells: Cell[], minimum: number): number {
  let content = 0;
  for (const cell of cells) {
    cell.lines = fitHeight(measurer, cell.lines, MAX_BAND_HEIGHT - 2 * CELL_PADDING_Y);
    content = Math.max(content, linesHeight(cell.lines));
  }
  return Math.max(minimum, content + 2 * CELL_PADDING_Y);
}

function fitHeight(measurer: TextMeasurer, lines: Line[], height: number): Line[] {
  if (linesHeight(lines) <= height) return lines;
  const kept = lines.slice(0, -1);
  while (kept.length > 1 && linesHeight(kept) > height) kept.pop();
  const last = kept.at(-1);
  const run = last?.runs.at(-1);
  if (!last || !run) return kept;
  // The last character makes room for the ellipsis, so the line stays inside its cell.
  const text = Array.from(run.text).slice(0, -1).join('');
  const width = run.x + measurer.width(text, run.style);
  const ellipsis = { text: '…', style: run.style, x: width };
  kept[kept.length - 1] = {
    ...last,
    runs: [...last.runs.slice(0, -1), { ...run, text }, ellipsis],
    width: width + measurer.width('…', run.style),
  };
  return kept;
}

/** A field's answer; person fields read the person data shared by every form. */
function answerOf(field: FieldDefinition, data: FormData): unknown {
  const personValue = field.person ? data.person[field.person] : undefined;
  return personValue ?? data.answers[field.id];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
