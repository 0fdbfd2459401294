/**
 * `npm run generate` writes the Strapi schemas, editor settings, types and validators from the
 * model; `npm run check:generated` (run in CI) fails when the committed files differ from it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allContentTypes, components } from '../model/index.js';
import { generatedFiles } from './generated-files.js';
import { describeDrift, findDrift, hasDrift, writeGenerated } from './sync.js';

const rootArgument = process.argv.find((arg) => arg.startsWith('--root='));
const root = rootArgument
  ? path.resolve(rootArgument.slice('--root='.length))
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const files = generatedFiles(allContentTypes, components);

if (process.argv.includes('--check')) {
  const drift = await findDrift(root, files);
  if (hasDrift(drift)) {
    console.error(
      `check:generated: the generated files do not match content-types/model:\n${describeDrift(drift)}\n` +
        'Fix: run `npm run generate` and commit the result (never edit generated files by hand).',
    );
    process.exit(1);
  }
  console.log(`check:generated: ${files.length} generated files match the model.`);
} else {
  const drift = await writeGenerated(root, files);
  const touched = drift.missing.length + drift.changed.length + drift.unexpected.length;
  console.log(
    touched === 0
      ? `generate: ${files.length} files already up to date.`
      : `generate: updated\n${describeDrift(drift)}`,
  );
}
