/** What an event report's schedule may be: each bad one refused with its field, value and fix. */
import { describe, expect, it } from 'vitest';
import { scheduleProblem } from '../../cms/src/events/check-event-schedule.js';

const TODAY = '2026-12-08';
const event = (fields: Partial<Parameters<typeof scheduleProblem>[0]>) => ({
  startDate: '2027-03-10',
  endDate: '2027-03-11',
  startTime: null,
  endTime: null,
  timeZone: null,
  announcement: null,
  registrationUrl: null,
  ...fields,
});

describe('an event report’s schedule', () => {
  it.each([
    [
      'a two-day event to come, with times, place and registration',
      {
        startTime: '09:30',
        endTime: '17:00',
        timeZone: 'Africa/Kampala',
        announcement: 'A regional workshop.',
        registrationUrl: 'https://forms.example.org/workshop',
      },
      undefined,
    ],
    ['a past event reported, no announcement', { startDate: '2015-09-29', endDate: '2015-09-29' }, undefined],
    [
      'an end before its start',
      { endDate: '2027-03-09' },
      [
        'endDate',
        /"Last day" \(2027-03-09\) is before "First day" \(2027-03-10\).*Set the last day on or after the first/,
      ],
    ],
    [
      'a time not in HH:MM',
      { startTime: '9.30am', timeZone: 'UTC' },
      ['startTime', /"Starts at" \(9\.30am\) is not a time of day: write it as 24-hour HH:MM/],
    ],
    [
      'a one-day event ending before it starts',
      { endDate: '2027-03-10', startTime: '14:00', endTime: '09:00', timeZone: 'UTC' },
      ['endTime', /"Ends at" \(09:00\) is not after "Starts at" \(14:00\)/],
    ],
    [
      'times without a time zone',
      { startTime: '09:30' },
      ['timeZone', /"Time zone" is empty but the event has times \(09:30\)/],
    ],
    [
      'a misspelt time zone',
      { timeZone: 'Europe/Londn' },
      ['timeZone', /"Time zone" \(Europe\/Londn\) is not a time zone name.*Europe\/London/],
    ],
    [
      'a registration link that is not https',
      { registrationUrl: 'http://forms.example.org/workshop' },
      [
        'registrationUrl',
        /"Registration link" \(http:\/\/forms\.example\.org\/workshop\) is not an https:\/\/ address/,
      ],
    ],
    [
      'an announcement of an event that ended years ago',
      { startDate: '2023-09-19', endDate: '2023-09-21', announcement: 'Join us.' },
      [
        'announcement',
        /The event ended on 2023-09-21, more than a year ago, so it cannot be announced: check the year/,
      ],
    ],
  ] as const)('%s', (_, fields, expected) => {
    const problem = scheduleProblem(event(fields), null, TODAY);
    if (!expected) expect(problem).toBeUndefined();
    else {
      expect(problem?.[0]).toBe(expected[0]);
      expect(problem?.[1]).toMatch(expected[1]);
    }
  });

  it('lets a report be edited after its event, announcement and all, when neither its dates nor the announcement change', () => {
    const stored = event({ startDate: '2023-09-19', endDate: '2023-09-21', announcement: 'Join us.' });
    expect(scheduleProblem(stored, stored, TODAY)).toBeUndefined();
    expect(scheduleProblem({ ...stored, announcement: 'Join us in New York.' }, stored, TODAY)?.[0]).toBe(
      'announcement',
    );
  });
});
