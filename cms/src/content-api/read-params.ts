/**
 * Walks what a content API read asks the database for (its filters, its sort, and the filters
 * and sort inside its populate) against the schemas, reporting each relation a filter or sort
 * crosses and each condition it puts on a field, so the checks that decide what a read may ask
 * stay in one place and see the query as Strapi will run it.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

export interface Attribute {
  type: string;
  target?: string;
  component?: string;
}

export interface Model {
  uid: string;
  info?: { pluralName?: string };
  options?: { draftAndPublish?: boolean };
  attributes: Record<string, Attribute>;
}

type Path = (string | number)[];

export interface RelationHop {
  /** The parameter that crosses it, as written in a query string, with its value. */
  parameter: string;
  field: string;
  /** Where the relation leads; undefined for a polymorphic relation. */
  target?: Model;
}

export interface FieldCondition {
  path: Path;
  field: string;
  attribute: Attribute;
  value: unknown;
}

export interface ReadChecks {
  relation(hop: RelationHop): void;
  condition(condition: FieldCondition): void;
}

const ID: Attribute = { type: 'integer' };

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `filters[title][$eq]`: a path as a query string writes it. */
export const showPath = ([first, ...rest]: Path): string => `${first}${rest.map((part) => `[${part}]`).join('')}`;

/** The first `name=value` inside a parameter, to name it in a message. */
export const showParameter = (path: Path, value: unknown): string => {
  if (Array.isArray(value) && value.length > 0) return showParameter([...path, 0], value[0]);
  if (isRecord(value) && Object.keys(value).length > 0) {
    const [key] = Object.keys(value);
    return showParameter([...path, key], value[key]);
  }
  return `${showPath(path)}=${Array.isArray(value) || isRecord(value) ? '' : String(value)}`;
};

/** A 400 naming what was asked, why it cannot be answered, and what to ask instead. */
export const refuse = (parameter: string, why: string, fix: string): never => {
  throw new errors.ValidationError(`"${parameter}" is not allowed: ${why}. ${fix}`);
};

const targetOf = (strapi: Core.Strapi, attribute: Attribute): Model | undefined => {
  const uid =
    attribute.type === 'media'
      ? 'plugin::upload.file'
      : attribute.type === 'component'
        ? attribute.component
        : attribute.target;
  return uid ? (strapi.getModel(uid as never) as unknown as Model | undefined) : undefined;
};

const LINKS = new Set(['relation', 'media', 'component']);

// A relation filter whose keys are operators (or a bare value) compares the related id.
const comparesId = (value: unknown) =>
  !isRecord(value) ||
  Object.keys(value).every((key) => key.startsWith('$') && key !== '$and' && key !== '$or' && key !== '$not');

const walkFilters = (strapi: Core.Strapi, model: Model, filters: unknown, path: Path, checks: ReadChecks): void => {
  if (filters === undefined || filters === null) return;
  if (Array.isArray(filters))
    return filters.forEach((each, index) => walkFilters(strapi, model, each, [...path, index], checks));
  if (!isRecord(filters)) return;
  for (const [key, value] of Object.entries(filters)) {
    const at = [...path, key];
    if (key === '$and' || key === '$or' || key === '$not') {
      if (
        (key === '$not') === Array.isArray(value) ||
        (Array.isArray(value) ? value : [value]).some((each) => !isRecord(each))
      )
        refuse(
          showParameter(at, value),
          `${key} takes ${key === '$not' ? 'one group' : 'a list'} of conditions`,
          `Write ${showPath(at)}${key === '$not' ? '' : '[0]'}[field][$eq]=value.`,
        );
      walkFilters(strapi, model, value, at, checks);
      continue;
    }
    const attribute = key === 'id' ? ID : model.attributes[key];
    if (!attribute) continue;
    if (!LINKS.has(attribute.type)) {
      checks.condition({ path: at, field: key, attribute, value });
      continue;
    }
    const target = targetOf(strapi, attribute);
    checks.relation({ parameter: showParameter(at, value), field: key, target });
    if (!target) continue;
    if (comparesId(value)) checks.condition({ path: [...at, 'id'], field: 'id', attribute: ID, value });
    else walkFilters(strapi, target, value, at, checks);
  }
};

const walkSortPath = (
  strapi: Core.Strapi,
  model: Model,
  fields: string[],
  parameter: string,
  checks: ReadChecks,
): void => {
  const [field, ...rest] = fields;
  const attribute = model.attributes[field];
  if (!attribute || !LINKS.has(attribute.type) || rest.length === 0) return;
  const target = targetOf(strapi, attribute);
  checks.relation({ parameter, field, target });
  if (target) walkSortPath(strapi, target, rest, parameter, checks);
};

const walkSort = (strapi: Core.Strapi, model: Model, sort: unknown, path: Path, checks: ReadChecks): void => {
  if (typeof sort === 'string')
    for (const entry of sort.split(','))
      walkSortPath(strapi, model, entry.split(':')[0].trim().split('.'), `${showPath(path)}=${entry}`, checks);
  else if (Array.isArray(sort))
    sort.forEach((entry, index) => walkSort(strapi, model, entry, [...path, index], checks));
  else if (isRecord(sort))
    for (const [field, value] of Object.entries(sort)) {
      const attribute = model.attributes[field];
      if (!attribute || !LINKS.has(attribute.type)) continue;
      const target = targetOf(strapi, attribute);
      checks.relation({ parameter: showParameter([...path, field], value), field, target });
      if (target) walkSort(strapi, target, value, [...path, field], checks);
    }
};

const walkPopulate = (strapi: Core.Strapi, model: Model, populate: unknown, path: Path, checks: ReadChecks): void => {
  if (!isRecord(populate)) return;
  for (const [field, spec] of Object.entries(populate)) {
    const attribute = model.attributes[field];
    const target = attribute && LINKS.has(attribute.type) ? targetOf(strapi, attribute) : undefined;
    if (!target || !isRecord(spec)) continue;
    const at = [...path, field];
    walkFilters(strapi, target, spec.filters, [...at, 'filters'], checks);
    walkSort(strapi, target, spec.sort, [...at, 'sort'], checks);
    walkPopulate(strapi, target, spec.populate, [...at, 'populate'], checks);
  }
};

export const walkReadParams = (
  strapi: Core.Strapi,
  uid: string,
  params: Record<string, unknown>,
  checks: ReadChecks,
): void => {
  const model = strapi.getModel(uid as never) as unknown as Model | undefined;
  if (!model) return;
  walkFilters(strapi, model, params.filters, ['filters'], checks);
  walkSort(strapi, model, params.sort, ['sort'], checks);
  walkPopulate(strapi, model, params.populate, ['populate'], checks);
};
