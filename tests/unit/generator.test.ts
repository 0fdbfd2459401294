import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ContentTypeModel, allContentTypes, components, findContentType } from '@resource-hub/content-types';
import { generatedFiles } from '../../content-types/generator/generated-files.js';
import { findDrift, writeGenerated } from '../../content-types/generator/sync.js';
import { repoRoot } from '../../scripts/lib/paths.js';

const run = promisify(execFile);
const cli = path.join(repoRoot, 'content-types/generator/cli.ts');
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');

const schemaOf = (files: ReturnType<typeof generatedFiles>, type: string) =>
  JSON.parse(files.find((file) => file.path === `cms/src/api/${type}/content-types/${type}/schema.json`)!.content);

describe('the generator', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'hub-generate-'));
    await writeGenerated(root, generatedFiles(allContentTypes, components));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it("writes Strapi schemas with draft & publish, i18n and the model's limits", () => {
    const guide = schemaOf(generatedFiles(allContentTypes, components), 'guide');
    expect(guide.options.draftAndPublish).toBe(true);
    expect(guide.pluginOptions.i18n.localized).toBe(true);
    expect(guide.attributes.summary).toMatchObject({ type: 'text', required: true, maxLength: 300 });
    expect(guide.attributes.slug).toMatchObject({ type: 'uid', targetField: 'title' });
    expect(guide.attributes.permanentId.pluginOptions.i18n.localized).toBe(false);
    expect(guide.attributes.cover).toMatchObject({ type: 'component', component: 'shared.cover' });
    const report = schemaOf(generatedFiles(allContentTypes, components), 'event-report');
    expect(report.attributes.parentEvent).toMatchObject({
      relation: 'manyToOne',
      target: 'api::event-report.event-report',
      inversedBy: 'sessions',
    });
  });

  it('follows a change of the model into the schema, the types and the validators', () => {
    const guide = findContentType('guide');
    const changed: ContentTypeModel = {
      ...guide,
      fields: {
        ...guide.fields,
        readingLevel: { type: 'enumeration', label: 'Reading level', values: ['basic', 'expert'] },
      },
    };
    const files = generatedFiles(
      allContentTypes.map((type) => (type.name === 'guide' ? changed : type)),
      components,
    );
    expect(schemaOf(files, 'guide').attributes.readingLevel).toEqual({
      type: 'enumeration',
      enum: ['basic', 'expert'],
      pluginOptions: { i18n: { localized: true } },
    });
    expect(files.find((file) => file.path.endsWith('types.ts'))!.content).toContain(
      'readingLevel?: "basic" | "expert" | null;',
    );
    expect(files.find((file) => file.path.endsWith('validators.ts'))!.content).toContain(
      'readingLevel: z.enum(["basic", "expert"]).nullish(),',
    );
  });

  it('finds edited, missing and stray generated files', async () => {
    const files = generatedFiles(allContentTypes, components);
    expect(await findDrift(root, files)).toEqual({ missing: [], changed: [], unexpected: [] });
    const schema = path.join(root, 'cms/src/api/guide/content-types/guide/schema.json');
    await writeFile(schema, (await readFile(schema, 'utf8')).replace('"maxLength": 300', '"maxLength": 3000'));
    await rm(path.join(root, 'content-types/generated/validators.ts'));
    await writeFile(path.join(root, 'cms/src/components/shared/old.json'), '{}');
    // The site's tables are generated too: a hand edit of a segment, or a table left from a removed type, is drift.
    const siteModel = path.join(root, 'site/src/generated/site-model.ts');
    await writeFile(siteModel, (await readFile(siteModel, 'utf8')).replace("segment: 'guides'", "segment: 'guide'"));
    await writeFile(path.join(root, 'site/src/generated/old-types.ts'), '');
    expect(await findDrift(root, files)).toEqual({
      missing: ['content-types/generated/validators.ts'],
      changed: ['cms/src/api/guide/content-types/guide/schema.json', 'site/src/generated/site-model.ts'],
      unexpected: ['cms/src/components/shared/old.json', 'site/src/generated/old-types.ts'],
    });
  });

  it('makes `check:generated` fail loudly, naming the stale file and the fix', async () => {
    await run(tsx, [cli, '--check', `--root=${root}`]);
    const stale = path.join(root, 'cms/src/api/city/content-types/city/schema.json');
    await writeFile(stale, '{}\n');
    const failure = await run(tsx, [cli, '--check', `--root=${root}`]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('out of date: cms/src/api/city/content-types/city/schema.json');
    expect(failure?.stderr).toContain('run `npm run generate`');
    // Two runs of the generator's CLI under tsx: seconds each when the cores are busy.
  }, 60_000);

  it('marks every generated TypeScript file as generated', () => {
    for (const file of generatedFiles(allContentTypes, components).filter((f) => f.path.endsWith('.ts')))
      expect(file.content.startsWith('// @generated'), file.path).toBe(true);
  });
});
