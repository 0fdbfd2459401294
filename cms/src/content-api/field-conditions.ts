/**
 * Refuses, with a 400 that says why, the filter conditions a database cannot apply. Strapi passes
 * them to SQL as they come, so each answered 500 on one database or both (a word compared with an
 * id on PostgreSQL, a text search on a date, a value that is itself a condition) and the two
 * databases disagreed on others. Checked the same way on both, a reader gets the same answer
 * whichever the hub runs on.
 */
import type { FieldCondition } from './read-params';
import { isRecord, refuse, showParameter, showPath } from './read-params';

const TEXT_SEARCH = new Set([
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
]);
const LISTS = new Set(['$in', '$notIn']);
const PRESENCE = new Set(['$null', '$notNull']);
const WHOLE_NUMBERS = new Set(['integer', 'biginteger']);
const NUMBERS = new Set(['decimal', 'float']);
const DATES = new Set(['date', 'datetime', 'time', 'timestamp']);
/** What a field that is not text holds, as a reader would name it; undefined for text. */
const notText = (type: string): string | undefined =>
  WHOLE_NUMBERS.has(type) || NUMBERS.has(type)
    ? 'number'
    : DATES.has(type)
      ? 'date'
      : type === 'boolean'
        ? 'yes/no value'
        : undefined;
/** Fields whose value is a document of its own: only whether they are empty can be asked. */
const STRUCTURED = new Set(['json', 'blocks']);

type Scalar = string | number | boolean;
const isScalar = (value: unknown): value is Scalar => ['string', 'number', 'boolean'].includes(typeof value);

const isWholeNumber = (value: Scalar, type: string) => {
  const text = String(value).trim();
  if (!/^-?\d+$/.test(text)) return false;
  return type === 'biginteger'
    ? BigInt(text) <= 2n ** 63n - 1n && BigInt(text) >= -(2n ** 63n)
    : Number.isSafeInteger(Number(text));
};

const checkValue = (parameter: string, field: string, type: string, value: Scalar): void => {
  if (WHOLE_NUMBERS.has(type) && !isWholeNumber(value, type))
    refuse(
      parameter,
      `"${field}" holds whole numbers and "${value}" is not one (or is too large)`,
      `Give a whole number, such as ${field === 'id' ? 12 : 3}.`,
    );
  if (NUMBERS.has(type) && !Number.isFinite(Number(String(value).trim() || 'x')))
    refuse(parameter, `"${field}" holds numbers and "${value}" is not one`, 'Give a number, such as 2.5.');
};

const checkOperator = (
  condition: FieldCondition,
  path: (string | number)[],
  operator: string,
  value: unknown,
): void => {
  const { field, attribute } = condition;
  const parameter = showParameter(path, value);
  if (operator === '$not') return checkOperators(condition, path, value);
  if (operator === '$jsonSupersetOf')
    return refuse(
      parameter,
      'the library does not offer $jsonSupersetOf, which only some databases can answer',
      'Use $eq, $in or $containsi instead.',
    );
  if (!operator.startsWith('$'))
    return refuse(
      parameter,
      `"${operator}" is not a condition on "${field}"`,
      'Write a condition such as [$eq]=value.',
    );
  if (PRESENCE.has(operator)) return;
  if (STRUCTURED.has(attribute.type))
    return refuse(
      parameter,
      `"${field}" is rich text or structured data, which can only be asked whether it is empty`,
      `Use [$null]=true or [$notNull]=true, or filter on another field; search the library for words in it.`,
    );
  const kind = notText(attribute.type);
  if (TEXT_SEARCH.has(operator) && kind)
    return refuse(
      parameter,
      `${operator} searches text and "${field}" is a ${kind}`,
      'Compare it with $eq, $lt, $lte, $gt, $gte or $between.',
    );
  const values = Array.isArray(value) ? value : [value];
  if (operator === '$between' && (!Array.isArray(value) || value.length !== 2))
    return refuse(
      showPath(path),
      '$between takes two values, the lowest and the highest',
      `Write [${operator}][0]=low&[${operator}][1]=high.`,
    );
  if (Array.isArray(value) && !LISTS.has(operator) && operator !== '$between')
    return refuse(showPath(path), `${operator} compares with one value, not a list`, 'Use $in for a list of values.');
  for (const each of values) {
    if (!isScalar(each))
      return refuse(
        parameter,
        `${operator} compares with a value, and this gives it a condition`,
        'Give a plain value, such as [$eq]=word.',
      );
    checkValue(parameter, field, attribute.type, each);
  }
};

function checkOperators(condition: FieldCondition, path: (string | number)[], value: unknown): void {
  if (isRecord(value)) {
    for (const [operator, operand] of Object.entries(value))
      checkOperator(condition, [...path, operator], operator, operand);
  } else checkOperator(condition, path, Array.isArray(value) ? '$in' : '$eq', value);
}

/** A condition on one field, such as `filters[id][$in]` or `filters[title]=word`. */
export const checkFieldCondition = (condition: FieldCondition): void =>
  checkOperators(condition, condition.path, condition.value);
