/**
 * The Content Manager's lists as editors scan them: short dates and language codes, so the
 * columns fit at 1280 px with Status in view, related names rather than counts, and, for
 * documents, an "On the site" column: live, publishing or failed, as the edit view's panel says it.
 */
import { useEffect, useState } from 'react';
import { Tooltip, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import { useFetchClient } from '@strapi/strapi/admin';
import { isDocumentType, model } from '../generated-model';
import { PUBLISHING_STATUS_PATH, type PublishingStatus } from '../publishing/publishing-status';
import { LANGUAGE_NAMES } from './language-names';
import { STATE_WORDS } from './site-state-words';

interface Header {
  name: string;
  label: unknown;
  attribute?: { type: string; relation?: string };
  mainField?: { name: string };
  searchable?: boolean;
  sortable?: boolean;
  cellFormatter?: (row: Record<string, unknown>, header: unknown, meta: { model: string }) => unknown;
}

/** Dates, with headers as short as their values. */
const DATE_COLUMNS: Record<string, string> = { publicationDate: 'Dated', updatedAt: 'Updated', createdAt: 'Created' };

/** "12 Nov 2024"; a date without a time is a calendar date, not midnight somewhere. */
const shortDate = (value: unknown) =>
  typeof value === 'string' && value
    ? new Date(value).toLocaleDateString(undefined, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        ...(value.length === 10 && { timeZone: 'UTC' }),
      })
    : '–';

const cellText = (text: string, title?: string) => (
  <Typography textColor="neutral800" title={title}>
    {text}
  </Typography>
);

/** "EN · FR": the languages a document exists in, the default first, named in full on hover. */
const languagesCell = (row: Record<string, unknown>) => {
  const codes = [
    String(row.locale),
    ...((row.localizations as { locale: string }[] | undefined) ?? []).map(({ locale }) => locale),
  ].sort((a, b) => Number(b === model.defaultLocale) - Number(a === model.defaultLocale) || a.localeCompare(b));
  const names = codes.map((code) => LANGUAGE_NAMES[code] ?? code);
  return cellText(codes.map((code) => code.toUpperCase()).join(' · '), names.join(', '));
};

/** The title, shorter than Strapi's 30rem, still the link to the document for keyboards and new tabs. */
const TitleCell = ({ title, documentId, locale }: { title: string; documentId: string; locale: string }) => (
  <Tooltip label={title}>
    <Typography
      tag={Link}
      to={{ pathname: documentId, search: `?${new URLSearchParams({ 'plugins[i18n][locale]': locale })}` }}
      onClick={(event: { stopPropagation: () => void }) => event.stopPropagation()}
      maxWidth="13rem"
      ellipsis
      textColor="neutral800"
    >
      {title}
    </Typography>
  </Tooltip>
);

const SiteStateCell = ({ uid, documentId, locale }: { uid: string; documentId: string; locale: string }) => {
  const { get } = useFetchClient();
  const [status, setStatus] = useState<PublishingStatus>();
  useEffect(() => {
    let stopped = false;
    get<PublishingStatus>(PUBLISHING_STATUS_PATH, { params: { uid, documentId } }).then(
      ({ data }) => !stopped && setStatus(data),
      () => {},
    );
    return () => {
      stopped = true;
    };
  }, [get, uid, documentId]);
  const version =
    status?.state === 'ok' ? status.versions?.find((candidate) => candidate.locale === locale) : undefined;
  if (!version) return <Typography textColor="neutral500">–</Typography>;
  const words = STATE_WORDS[version.state];
  return (
    <Typography textColor={words.colour} data-site-state={version.state}>
      {words.short}
    </Typography>
  );
};

const NAMES_SHOWN = 2;

/** "Nansana, Zomba +7" where Strapi wrote "9 items", the names a click away. */
const RelationNamesCell = ({
  uid,
  row,
  field,
  mainField,
}: {
  uid: string;
  row: Record<string, unknown>;
  field: string;
  mainField: string;
}) => {
  const { get } = useFetchClient();
  const [names, setNames] = useState<string[]>();
  const value = row[field] as { count?: number } | unknown[] | undefined;
  const count = Array.isArray(value) ? value.length : (value?.count ?? 0);
  const documentId = String(row.documentId);
  const locale = String(row.locale);
  useEffect(() => {
    if (!count) return;
    let stopped = false;
    get<{ results: Record<string, unknown>[] }>(`/content-manager/relations/${uid}/${documentId}/${field}`, {
      params: { locale, pageSize: NAMES_SHOWN },
    }).then(
      ({ data }) => !stopped && setNames(data.results.map((entry) => String(entry[mainField] ?? ''))),
      () => {},
    );
    return () => {
      stopped = true;
    };
  }, [get, uid, documentId, locale, field, mainField, count]);
  if (!count) return <Typography textColor="neutral500">–</Typography>;
  if (!names) return cellText(`${count} …`);
  const more = count - names.length;
  const text = `${names.join(', ')}${more > 0 ? ` +${more}` : ''}`;
  return (
    <Typography textColor="neutral800" maxWidth="12rem" ellipsis title={text}>
      {text}
    </Typography>
  );
};

const siteStateHeader: Header = {
  name: 'onTheSite',
  label: 'On the site',
  attribute: { type: 'custom' },
  searchable: false,
  sortable: false,
  cellFormatter: (row, _header, { model }) => (
    <SiteStateCell uid={model} documentId={String(row.documentId)} locale={String(row.locale)} />
  ),
};

// The hook is not told which type the list shows; its address ends with the type's uid.
const typeInView = () => decodeURIComponent(window.location.pathname.split('/').filter(Boolean).at(-1) ?? '');

export const tidyListColumns = ({ displayedHeaders, layout }: { displayedHeaders: Header[]; layout: unknown }) => ({
  layout,
  displayedHeaders: [
    ...displayedHeaders.map((header): Header => {
      if (header.name in DATE_COLUMNS)
        return {
          ...header,
          label: DATE_COLUMNS[header.name],
          cellFormatter: (row) => cellText(shortDate(row[header.name])),
        };
      if (header.name === 'locales') return { ...header, label: 'Lang.', cellFormatter: languagesCell };
      if (header.attribute?.type === 'relation' && header.attribute.relation?.endsWith('ToMany'))
        return {
          ...header,
          cellFormatter: (row, _header, { model: uid }) => (
            <RelationNamesCell uid={uid} row={row} field={header.name} mainField={header.mainField?.name ?? 'name'} />
          ),
        };
      if (header.name === 'title' && isDocumentType(typeInView()))
        return {
          ...header,
          cellFormatter: (row) => (
            <TitleCell title={String(row.title)} documentId={String(row.documentId)} locale={String(row.locale)} />
          ),
        };
      return header;
    }),
    ...(isDocumentType(typeInView()) ? [siteStateHeader] : []),
  ],
});
