/**
 * An event report's dates, times and announcement must make sense before they are saved, draft
 * or not: the site announces an event from them and switches to the report when it ends. Each
 * refusal names the field, the value, what is wrong and how to put it right.
 */
import type { Core } from '@strapi/strapi';
import { fieldError } from '../document-middleware/field-error';

export const EVENT_REPORT = 'api::event-report.event-report';

const FIELDS = ['startDate', 'endDate', 'startTime', 'endTime', 'timeZone', 'announcement', 'registrationUrl'] as const;
type Schedule = Record<(typeof FIELDS)[number], string | null>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
// An announcement whose event ended longer ago than this is a mistyped year, not an announcement.
const ANNOUNCEMENT_PAST_DAYS = 365;

const timeZones = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim()
    ? value.trim()
    : value instanceof Date
      ? value.toISOString().slice(0, 10)
      : null;

/** What is wrong with a schedule, as [field, message], or undefined when nothing is. */
export const scheduleProblem = (
  event: Schedule,
  before: Schedule | null,
  today: string,
): [field: string, message: string] | undefined => {
  const { startDate, endDate, startTime, endTime, timeZone, announcement, registrationUrl } = event;
  if (startDate && endDate && endDate < startDate)
    return [
      'endDate',
      `"Last day" (${endDate}) is before "First day" (${startDate}): an event cannot end before it starts. Set the last day on or after the first.`,
    ];
  for (const [field, label, value] of [
    ['startTime', 'Starts at', startTime],
    ['endTime', 'Ends at', endTime],
  ] as const)
    if (value && !TIME.test(value))
      return [field, `"${label}" (${value}) is not a time of day: write it as 24-hour HH:MM, e.g. 09:30 or 17:00.`];
  if (startTime && endTime && startDate === endDate && endTime <= startTime)
    return [
      'endTime',
      `"Ends at" (${endTime}) is not after "Starts at" (${startTime}) on a one-day event: set the time it ends, or the last day if it runs past midnight.`,
    ];
  if (timeZone && !timeZones.has(timeZone))
    return [
      'timeZone',
      `"Time zone" (${timeZone}) is not a time zone name: use the standard name of the place, e.g. Europe/London, America/New_York or Africa/Kampala.`,
    ];
  if ((startTime || endTime) && !timeZone)
    return [
      'timeZone',
      `"Time zone" is empty but the event has times (${startTime ?? endTime}): say where they are, e.g. Europe/Brussels, or clear the times.`,
    ];
  if (registrationUrl && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(registrationUrl))
    return [
      'registrationUrl',
      `"Registration link" (${registrationUrl}) is not an https:// address: registration forms take personal details, so only a secure link is published. Use the form's https:// address.`,
    ];
  const announces = Boolean(announcement || registrationUrl);
  const changed =
    !before || (['endDate', 'announcement', 'registrationUrl'] as const).some((f) => event[f] !== before[f]);
  if (announces && changed && endDate) {
    const limit = new Date(`${today}T00:00:00Z`);
    limit.setUTCDate(limit.getUTCDate() - ANNOUNCEMENT_PAST_DAYS);
    if (endDate < limit.toISOString().slice(0, 10))
      return [
        announcement ? 'announcement' : 'registrationUrl',
        `The event ended on ${endDate}, more than a year ago, so it cannot be announced: check the year of "First day" and "Last day", or, for a past event, clear "Announcement" and "Registration link" and write the report.`,
      ];
  }
  return undefined;
};

/** Refuses a create or update of an event report whose schedule does not make sense (see scheduleProblem). */
export const checkEventSchedule = async (
  strapi: Core.Strapi,
  params: { documentId?: string; locale?: string; data?: Record<string, unknown> },
  today = new Date().toISOString().slice(0, 10),
): Promise<void> => {
  const data = params.data ?? {};
  if (!FIELDS.some((field) => field in data)) return;
  const stored = params.documentId
    ? ((await strapi.db.query(EVENT_REPORT as never).findOne({
        select: [...FIELDS],
        where: {
          documentId: params.documentId,
          publishedAt: null,
          ...(params.locale ? { locale: params.locale } : {}),
        },
      })) as Record<string, unknown> | null)
    : null;
  const read = (source: Record<string, unknown> | null) =>
    source ? (Object.fromEntries(FIELDS.map((field) => [field, text(source[field])])) as Schedule) : null;
  const before = read(stored);
  const event = Object.fromEntries(
    FIELDS.map((field) => [field, field in data ? text(data[field]) : (before?.[field] ?? null)]),
  ) as Schedule;
  const problem = scheduleProblem(event, before, today);
  if (problem) throw fieldError(...problem);
};
