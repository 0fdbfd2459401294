/**
 * The one friendly validation helper used wherever content crosses a boundary (the site build,
 * the seed). An invalid entry becomes an error that names the document, the field as the editor
 * knows it, the value, what was expected and how to fix it.
 */
import type { ZodIssue } from 'zod';
import type { ContentTypes } from '../generated/types.js';
import { schemas } from '../generated/validators.js';
import { type Field, LOCALE_NAMES, type Locale } from '../model/define.js';
import { findComponent, findContentType } from '../model/index.js';

export type ContentTypeName = keyof ContentTypes;

export interface FriendlyIssue {
  field: string;
  label: string;
  problem: string;
  value: string;
  fix: string;
}

export class ContentValidationError extends Error {
  constructor(
    readonly entry: string,
    readonly issues: FriendlyIssue[],
  ) {
    super(
      `${entry} is invalid:\n${issues
        .map((issue) => `  - "${issue.label}" (${issue.field}) ${issue.problem}; got ${issue.value}. Fix: ${issue.fix}`)
        .join('\n')}`,
    );
    this.name = 'ContentValidationError';
  }
}

const MAX_SHOWN = 60;

export const showValue = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    return `${JSON.stringify(shown)} (${value.length} characters)`;
  }
  const json = JSON.stringify(value) ?? String(value);
  return json.length > MAX_SHOWN ? `${json.slice(0, MAX_SHOWN)}…` : json;
};

const valueAt = (root: unknown, path: (string | number)[]): unknown =>
  path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    root,
  );

/** Follows an issue path through the model to the field the editor sees. */
const fieldAt = (typeName: string, path: (string | number)[]): { field?: Field; labels: string[] } => {
  let fields = findContentType(typeName).fields;
  const labels: string[] = [];
  let field: Field | undefined;
  for (const key of path) {
    if (typeof key === 'number') {
      labels.push(`#${key + 1}`);
      continue;
    }
    field = fields[key];
    if (!field) break;
    labels.push(field.label);
    if (field.type !== 'component') break;
    fields = findComponent(field.component).fields;
  }
  return { field, labels };
};

const describe = (typeName: string, raw: Record<string, unknown>): string => {
  const locale = raw.locale as Locale | undefined;
  const parts = [
    raw.permanentId ? `permanent id ${String(raw.permanentId)}` : `documentId ${String(raw.documentId ?? '?')}`,
    raw.slug ? `slug "${String(raw.slug)}"` : undefined,
    locale ? `locale ${locale}` : undefined,
  ].filter(Boolean);
  return `${findContentType(typeName).displayName} (${parts.join(', ')})`;
};

const friendly = (typeName: string, raw: Record<string, unknown>, issue: ZodIssue): FriendlyIssue => {
  const { field, labels } = fieldAt(typeName, issue.path);
  const language = LOCALE_NAMES[raw.locale as Locale] ?? 'its language';
  const label = labels.join(' › ') || issue.path.join('.') || '(entry)';
  const help = field?.help ? ` (${field.help})` : '';
  const value = valueAt(raw, issue.path);
  const problem = issue.code === 'invalid_type' && value === undefined ? 'is required' : issue.message;
  return {
    field: issue.path.join('.') || '(entry)',
    label,
    problem,
    value: showValue(value),
    fix: field
      ? `in the CMS, open this ${findContentType(typeName).displayName.toLowerCase()} in ${language} and correct "${labels[0]}"${help}, then publish again.`
      : 'the CMS returned a field the content model does not know; run `npm run generate` and rebuild the CMS.',
  };
};

/** Validates one entry from Strapi's REST API; throws ContentValidationError listing every problem. */
export const validateEntry = <K extends ContentTypeName>(typeName: K, raw: unknown): ContentTypes[K] => {
  const result = schemas[typeName].safeParse(raw);
  if (result.success) return result.data as ContentTypes[K];
  const record = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  throw new ContentValidationError(
    describe(typeName, record),
    result.error.issues.map((issue) => friendly(typeName, record, issue)),
  );
};
