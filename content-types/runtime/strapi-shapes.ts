/**
 * Shapes Strapi itself defines (media files, blocks rich text), validated the same way as the
 * model's own fields. Hand-written because they belong to Strapi, not to our content model.
 */
import { z } from 'zod';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' });

export const mediaFormatSchema = z
  .object({ url: z.string(), width: z.number().nullish(), height: z.number().nullish(), mime: z.string().nullish() })
  .passthrough();

export const mediaSchema = z
  .object({
    id: z.number(),
    documentId: z.string().optional(),
    name: z.string(),
    url: z.string().min(1),
    mime: z.string(),
    size: z.number(),
    width: z.number().nullish(),
    height: z.number().nullish(),
    alternativeText: z.string().nullish(),
    formats: z.record(mediaFormatSchema).nullish(),
  })
  .passthrough();
export type Media = z.infer<typeof mediaSchema>;

/** The media fields the site reads; Strapi's resized `formats` are left out (the site makes its own). */
export const MEDIA_FIELDS = [
  'name',
  'url',
  'hash',
  'ext',
  'mime',
  'size',
  'width',
  'height',
  'alternativeText',
  'caption',
];

const textNode = z
  .object({
    type: z.literal('text'),
    text: z.string(),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
    underline: z.boolean().optional(),
    strikethrough: z.boolean().optional(),
    code: z.boolean().optional(),
  })
  .strict();
export type TextNode = z.infer<typeof textNode>;

const linkNode = z.object({ type: z.literal('link'), url: z.string(), children: z.array(textNode) }).strict();
export type LinkNode = z.infer<typeof linkNode>;

// Discriminated by type: a plain union builds a ZodError (with its stack) for every option an
// inline node fails, which for list items tried as a paragraph's children was 4% of a build.
const inlineNode = z.discriminatedUnion('type', [textNode, linkNode]);
export type InlineNode = z.infer<typeof inlineNode>;

const listItemNode = z.object({ type: z.literal('list-item'), children: z.array(inlineNode) }).strict();

export interface ListNode {
  type: 'list';
  format: 'ordered' | 'unordered';
  indentLevel?: number;
  children: (z.infer<typeof listItemNode> | ListNode)[];
}
const listNode: z.ZodType<ListNode> = z.lazy(() =>
  z
    .object({
      type: z.literal('list'),
      format: z.enum(['ordered', 'unordered']),
      indentLevel: z.number().optional(),
      children: z.array(z.union([listItemNode, listNode])),
    })
    .strict(),
);

const blockNode = z.union([
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('paragraph'), children: z.array(inlineNode) }).strict(),
    z
      .object({ type: z.literal('heading'), level: z.number().int().min(1).max(6), children: z.array(inlineNode) })
      .strict(),
    z.object({ type: z.literal('quote'), children: z.array(inlineNode) }).strict(),
    z.object({ type: z.literal('code'), language: z.string().optional(), children: z.array(inlineNode) }).strict(),
    z.object({ type: z.literal('image'), image: mediaSchema, children: z.array(inlineNode) }).strict(),
  ]),
  // Recursive, so not an object a discriminated union can take.
  listNode,
]);
export type BlockNode = z.infer<typeof blockNode>;

/** Strapi "blocks" rich text: only these node types exist; anything else is refused, never rendered. */
export const blocksSchema = z.array(blockNode);
export type Blocks = z.infer<typeof blocksSchema>;
