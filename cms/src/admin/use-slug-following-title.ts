/**
 * The slug follows the title as the editor types, made by the server's slug maker (the endpoint
 * behind Regenerate, see slugs/apply-slug.ts), until the editor writes a slug by hand, and only
 * while this language version has never been published: a published address never moves by itself.
 */
import { useEffect, useRef } from 'react';
import { useFetchClient, useForm } from '@strapi/strapi/admin';
import { slugSource } from '../generated-model';
import { isMadeSlug, isPlaceholderSlug } from '../slugs/slug-maker';

const TYPING_PAUSE_MS = 300;

interface Following {
  uid: string;
  locale: string;
  documentId?: string;
  /** False until it is known that this version was never published. */
  enabled: boolean;
  /** The slugs of the document's other language versions ("Fill in from another locale" copies one). */
  otherSlugs: string[];
}

export const useSlugFollowingTitle = ({ uid, locale, documentId, enabled, otherSlugs }: Following): void => {
  const source = slugSource(uid);
  const values = useForm('SlugFollowingTitle', (form) => form.values) as Record<string, unknown>;
  const onChange = useForm('SlugFollowingTitle', (form) => form.onChange);
  const { post } = useFetchClient();
  const title = source ? String(values[source.from] ?? '') : '';
  const slug = source ? String(values[source.field] ?? '') : '';
  // The slug this hook (or the form, for a new document) last set; any other value was typed by hand.
  const made = useRef<string>();
  const handWritten = useRef(false);
  if (made.current === undefined) {
    made.current = slug;
    handWritten.current = !isMadeSlug(slug, title, uid, otherSlugs);
  } else if (slug !== made.current) {
    if (slug && !isPlaceholderSlug(slug, uid) && !otherSlugs.includes(slug)) handWritten.current = true;
    made.current = slug;
  }

  useEffect(() => {
    if (!source || !enabled || handWritten.current || !title.trim()) return;
    let stale = false;
    const timer = setTimeout(() => {
      post<{ data: string }>(
        '/content-manager/uid/generate',
        { contentTypeUID: uid, field: source.field, data: { id: documentId ?? '', [source.from]: title } },
        { params: { locale } },
      ).then(
        ({ data }) => {
          if (stale || handWritten.current || !data.data || data.data === made.current) return;
          made.current = data.data;
          onChange(source.field, data.data);
        },
        // The slug then stays as it is; Regenerate and saving still make one.
        () => {},
      );
    }, TYPING_PAUSE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [title, enabled, uid, locale, documentId, source, post, onChange]);
};
