/**
 * The edit view's "On the public site" panel: for each language version of the document, its
 * public address, whether it is live (with View on site), still publishing, or failed (in plain
 * words, with what happens next). Being inside the edit form, it also keeps the slug following
 * the title until first publish and brings a refused field into view.
 */
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { useForm, useQueryParams } from '@strapi/strapi/admin';
import { isDocumentType, model, slugSource } from '../generated-model';
import { pageAddress, type VersionPublishing } from '../publishing/document-publishing';
import type { PublishingStatus } from '../publishing/publishing-status';
import { LANGUAGE_NAMES } from './language-names';
import { STATE_WORDS } from './site-state-words';
import { usePublishingStatus, when } from './use-publishing-status';
import { useScrollToFirstError } from './use-scroll-to-first-error';
import { useSlugFollowingTitle } from './use-slug-following-title';

type Ok = Extract<PublishingStatus, { state: 'ok' }>;

const Failure = ({ lastError }: { lastError: NonNullable<Ok['lastError']> }) => (
  <Box background="danger100" padding={2} hasRadius>
    <Typography variant="pi" textColor="danger700">
      {`The site could not be rebuilt (${when(lastError.at)}), so it still shows what it showed before. `}
      {lastError.retryAt && new Date(lastError.retryAt) > new Date()
        ? `It will be tried again at ${new Date(lastError.retryAt).toLocaleTimeString()}. `
        : 'It is being tried again. '}
      {'If it keeps failing, send this to whoever runs the hub: '}
      {lastError.message.split('\n')[0]}
    </Typography>
  </Box>
);

const Version = ({ version, status, current }: { version: VersionPublishing; status: Ok; current: boolean }) => (
  <Flex direction="column" alignItems="stretch" gap={1} data-testid={`public-site-${version.locale}`}>
    <Typography variant="sigma" textColor="neutral600">
      {LANGUAGE_NAMES[version.locale] ?? version.locale}
      {current ? ' (this version)' : ''}
    </Typography>
    <Typography
      variant="omega"
      fontWeight="bold"
      textColor={STATE_WORDS[version.state].colour}
      data-state={version.state}
    >
      {STATE_WORDS[version.state].long}
      {version.state === 'live' && version.publishedAt ? `, published ${when(version.publishedAt)}` : ''}
    </Typography>
    {version.address && (
      <Typography variant="pi" textColor="neutral700" style={{ overflowWrap: 'anywhere' }}>
        {version.state === 'not-published' ? `Once published, it will be at ${version.address}` : version.address}
      </Typography>
    )}
    {version.state === 'failed' && status.lastError && <Failure lastError={status.lastError} />}
    {version.state === 'live' && version.address && (
      <Link href={version.address} isExternal>
        View on site
      </Link>
    )}
  </Flex>
);

/** The version being edited, before it is saved: its address is the one the form's slug gives. */
const unsavedVersion = (uid: string, locale: string, slug: string, siteRoot?: string): VersionPublishing => ({
  locale,
  state: 'not-published',
  everPublished: false,
  address: pageAddress(siteRoot, {
    locale,
    defaultLocale: model.defaultLocale,
    segment: (model.documentSegments as Record<string, string>)[uid]!,
    slug,
  }),
});

const PanelContent = ({
  uid,
  documentId,
  locale,
  changed,
}: {
  uid: string;
  documentId?: string;
  locale: string;
  changed?: string;
}) => {
  const { status, failed } = usePublishingStatus(documentId ? { uid, documentId } : undefined, changed);
  const slug = useForm('PublicSitePanel', (form) =>
    String((form.values as Record<string, unknown>)[slugSource(uid)?.field ?? 'slug'] ?? ''),
  );
  const versions = status?.state === 'ok' ? (status.versions ?? []) : [];
  const saved = versions.find((version) => version.locale === locale);
  useScrollToFirstError();
  useSlugFollowingTitle({
    uid,
    locale,
    documentId,
    // A new document is known to be unpublished; a saved one once the status has said so.
    enabled: documentId === undefined || (status?.state === 'ok' && !saved?.everPublished),
    otherSlugs: versions.flatMap((version) => (version.locale !== locale && version.slug ? [version.slug] : [])),
  });

  if (failed && !status) return <Typography variant="pi">The state of the public site could not be read.</Typography>;
  if (!status) return <Typography variant="pi">Checking the public site…</Typography>;
  if (status.state === 'not-configured')
    return (
      <Typography variant="pi">
        Publishing is not set up here: published documents do not reach a public site.
      </Typography>
    );
  if (status.state === 'unreachable')
    return (
      <Typography
        variant="pi"
        textColor="danger600"
      >{`The publishing service cannot be reached: ${status.message}.`}</Typography>
    );
  const here =
    saved && saved.state !== 'not-published'
      ? saved
      : { ...unsavedVersion(uid, locale, slug, status.siteRoot), everPublished: saved?.everPublished ?? false };
  const others = versions.filter((version) => version.locale !== locale);
  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="public-site-panel">
      <Version version={here} status={status} current />
      {others.map((version) => (
        <Version key={version.locale} version={version} status={status} current={false} />
      ))}
    </Flex>
  );
};

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { locale?: string; updatedAt?: string; publishedAt?: string | null } | null;
}

const PanelBody = ({
  uid,
  documentId,
  document,
}: {
  uid: string;
  documentId?: string;
  document?: PanelProps['document'];
}) => {
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  const locale = query.plugins?.i18n?.locale ?? document?.locale ?? model.defaultLocale;
  // Keyed, so a language switch starts the slug's following afresh.
  return (
    <PanelContent
      key={`${documentId}-${locale}`}
      uid={uid}
      documentId={documentId}
      locale={locale}
      changed={`${document?.updatedAt}-${document?.publishedAt}`}
    />
  );
};

export const PublicSitePanel = ({ model: uid, documentId, document }: PanelProps) =>
  isDocumentType(uid)
    ? { title: 'On the public site', content: <PanelBody uid={uid} documentId={documentId} document={document} /> }
    : null;
