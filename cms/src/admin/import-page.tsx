/**
 * Import: an editor drops PDFs, saved web pages or text files and gets one draft per file, each
 * with its progress, a link to the draft, what to check, and the cities, themes, regions and
 * partners the text names, to add with one click. Files go one at a time, through the same code
 * as `npm run import` (cms/src/import/).
 */
import { useRef, useState, type DragEvent } from 'react';
import {
  Box,
  LinkButton,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';
import type { ImportOutcome } from '../import/import-file';
import { ACCEPT_SUGGESTION_PATH, IMPORT_ADMIN_PATH, SUGGESTION_FIELDS, typeName } from '../import/import-paths';
import { model } from '../generated-model';

type Row = {
  choice: { type?: string; locale?: string };
  key: string;
  file: File;
  state: 'waiting' | 'sending' | 'done';
  outcome?: ImportOutcome;
  added: string[];
};

const ACCEPT = '.pdf,.html,.htm,.txt';
const SUGGEST = 'suggest';
const DETECT = 'detect';
const STATE_WORDS: Record<string, string> = {
  waiting: 'Waiting',
  sending: 'Reading the file…',
  imported: 'Draft ready',
  updated: 'Draft updated',
  skipped: 'Already imported',
  failed: 'Not imported',
};

const TYPE_CHOICE = {
  name: 'import-type',
  label: 'Document type',
  hint: 'Applies to the files you add next.',
  options: [
    [SUGGEST, 'Suggest for each file'],
    ...model.documentTypes.map(
      (uid) => [typeName(uid), model.displayNames[uid as keyof typeof model.displayNames]] as const,
    ),
  ] as (readonly [string, string])[],
};
const LANGUAGE_CHOICE = {
  name: 'import-locale',
  label: 'Language',
  hint: 'Detected from the text unless you choose.',
  options: [
    [DETECT, 'Detect from the text'],
    ...model.locales.map(({ code, name }) => [code, name] as const),
  ] as (readonly [string, string])[],
};
const FIELD_NAMES: Record<string, string> = {
  cities: 'Cities',
  themes: 'Themes',
  regions: 'Regions',
  partners: 'Partners',
};

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The files added, sent one at a time in the order added; each row follows its file. */
const useImportQueue = () => {
  const { post } = useFetchClient();
  const [rows, setRows] = useState<Row[]>([]);
  const busy = useRef(false);
  const queue = useRef<Row[]>([]);

  const update = (key: string, change: Partial<Row>) =>
    setRows((all) => all.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const send = async (row: Row): Promise<ImportOutcome> => {
    const form = new FormData();
    form.append('file', row.file, row.file.name);
    if (row.choice.type) form.append('type', row.choice.type);
    if (row.choice.locale) form.append('locale', row.choice.locale);
    try {
      return (await post<ImportOutcome>(IMPORT_ADMIN_PATH, form)).data;
    } catch (error) {
      const refused = (error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error;
      const message = refused?.message ?? 'The CMS did not take the file: try again.';
      return { status: 'failed', file: row.file.name, message, check: [], suggestions: {} };
    }
  };

  const work = async () => {
    if (busy.current) return;
    busy.current = true;
    for (let row = queue.current.shift(); row; row = queue.current.shift()) {
      update(row.key, { state: 'sending' });
      update(row.key, { state: 'done', outcome: await send(row) });
    }
    busy.current = false;
  };

  const add = (files: FileList | null, choice: Row['choice']) => {
    if (!files || files.length === 0) return;
    const added = [...files].map((file, index) => ({
      key: `${Date.now()}-${index}-${file.name}`,
      file,
      choice,
      state: 'waiting' as const,
      added: [],
    }));
    setRows((all) => [...all, ...added]);
    queue.current.push(...added);
    void work();
  };

  const accept = async (row: Row, field: string, term: string) => {
    const outcome = row.outcome!;
    const uid = model.documentTypes.find((each) => typeName(each) === outcome.type)!;
    await post(ACCEPT_SUGGESTION_PATH, { uid, documentId: outcome.documentId, locale: outcome.locale, field, term });
    update(row.key, { added: [...row.added, `${field}:${term}`] });
  };

  return { rows, add, accept };
};

export const ImportPage = () => {
  const { rows, add, accept } = useImportQueue();
  // What the editor chose for the next files: a type and a language, or the import's own guess.
  const [type, setType] = useState(SUGGEST);
  const [locale, setLocale] = useState(DETECT);
  const addFiles = (files: FileList | null) =>
    add(files, { type: type === SUGGEST ? undefined : type, locale: locale === DETECT ? undefined : locale });

  const done = rows.filter((row) => row.state === 'done').length;
  return (
    <Page.Main>
      <Page.Title>Import</Page.Title>
      <Layouts.Header
        title="Import files"
        subtitle="PDFs, saved web pages (.html) and text files become drafts to check. Nothing is published."
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={4} wrap="wrap">
            <Choice {...TYPE_CHOICE} value={type} onChange={setType} />
            <Choice {...LANGUAGE_CHOICE} value={locale} onChange={setLocale} />
          </Flex>
          <DropZone onFiles={addFiles} />
          {rows.length > 0 && (
            <Box>
              <Typography
                variant="omega"
                tag="p"
                aria-live="polite"
              >{`${done} of ${rows.length} files done`}</Typography>
              {/* The design system's ProgressBar is drawn for dark backgrounds: white on this page. */}
              <Box
                role="progressbar"
                aria-label="Files imported"
                aria-valuemin={0}
                aria-valuemax={rows.length}
                aria-valuenow={done}
                background="neutral200"
                hasRadius
                height="0.8rem"
                marginTop={2}
              >
                <Box
                  background="primary600"
                  hasRadius
                  height="100%"
                  style={{ width: `${(done / rows.length) * 100}%` }}
                />
              </Box>
            </Box>
          )}
          <Flex tag="ul" direction="column" alignItems="stretch" gap={3} aria-label="Files">
            {rows.map((row) => (
              <ImportRow key={row.key} row={row} onAccept={accept} />
            ))}
          </Flex>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

const ImportRow = ({
  row,
  onAccept,
}: {
  row: Row;
  onAccept: (row: Row, field: string, term: string) => Promise<void>;
}) => {
  const outcome = row.state === 'done' ? row.outcome : undefined;
  const status = outcome?.status ?? row.state;
  return (
    <Box tag="li" background="neutral0" shadow="tableShadow" hasRadius padding={4} data-testid="import-row">
      <Flex justifyContent="space-between" gap={3} wrap="wrap">
        <Typography variant="omega" fontWeight="bold">{`${row.file.name} (${size(row.file.size)})`}</Typography>
        <Typography
          variant="omega"
          textColor={status === 'failed' ? 'danger600' : status === 'sending' ? 'primary600' : 'success600'}
          data-testid="import-state"
        >
          {STATE_WORDS[status]}
        </Typography>
      </Flex>
      {outcome && (
        <Flex direction="column" alignItems="flex-start" gap={2} paddingTop={2}>
          <Typography variant="omega">{outcome.message.charAt(0).toUpperCase() + outcome.message.slice(1)}</Typography>
          {outcome.adminPath && (
            <LinkButton tag={NavLink} to={outcome.adminPath.replace(/^\/admin/, '')} variant="secondary" size="S">
              {`Open the draft: ${outcome.title ?? outcome.file}`}
            </LinkButton>
          )}
          {outcome.check.length > 0 && (
            <Box>
              <Typography variant="sigma" tag="p">
                To check
              </Typography>
              <ul>
                {outcome.check.map((line) => (
                  <li key={line}>
                    <Typography variant="omega">{`• ${line}`}</Typography>
                  </li>
                ))}
              </ul>
            </Box>
          )}
          {SUGGESTION_FIELDS.filter((field) => outcome.suggestions[field]?.length).map((field) => (
            <Flex key={field} gap={2} wrap="wrap" alignItems="center">
              <Typography variant="omega">{`${FIELD_NAMES[field]} the text names:`}</Typography>
              {outcome.suggestions[field]!.map((term) =>
                row.added.includes(`${field}:${term.documentId}`) ? (
                  <Typography
                    key={term.documentId}
                    variant="omega"
                    textColor="success600"
                  >{`${term.name} added`}</Typography>
                ) : (
                  <Button
                    key={term.documentId}
                    size="S"
                    variant="tertiary"
                    onClick={() => void onAccept(row, field, term.documentId)}
                  >
                    {`Add ${term.name}`}
                  </Button>
                ),
              )}
            </Flex>
          ))}
        </Flex>
      )}
    </Box>
  );
};

const Choice = ({
  name,
  label,
  hint,
  value,
  onChange,
  options,
}: {
  name: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  options: (readonly [string, string])[];
}) => (
  <Field.Root name={name} hint={hint}>
    <Field.Label>{label}</Field.Label>
    <SingleSelect value={value} onChange={(chosen: string | number) => onChange(String(chosen))}>
      {options.map(([option, text]) => (
        <SingleSelectOption key={option} value={option}>
          {text}
        </SingleSelectOption>
      ))}
    </SingleSelect>
    <Field.Hint />
  </Field.Root>
);

/** Files dropped on it, or chosen with its button (the keyboard's way in). */
const DropZone = ({ onFiles }: { onFiles: (files: FileList | null) => void }) => {
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  return (
    <Box
      data-testid="import-drop-zone"
      onDragOver={(event: DragEvent) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event: DragEvent) => {
        event.preventDefault();
        setDragging(false);
        onFiles(event.dataTransfer.files);
      }}
      background={dragging ? 'primary100' : 'neutral0'}
      borderColor={dragging ? 'primary600' : 'neutral300'}
      borderStyle="dashed"
      borderWidth="2px"
      hasRadius
      padding={8}
    >
      <Flex direction="column" gap={3}>
        <Typography variant="delta" tag="p">
          Drop files here
        </Typography>
        <Typography variant="omega" textColor="neutral600" tag="p">
          One draft per file. The same file twice changes nothing.
        </Typography>
        <Button variant="secondary" onClick={() => input.current?.click()}>
          Choose files
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          aria-label="Files to import"
          onChange={(event) => {
            onFiles(event.target.files);
            event.target.value = '';
          }}
        />
      </Flex>
    </Box>
  );
};
