import type { EventDto } from '../../../server/contract/events';

let counter = 0;

/** An event as the API returns it; a plain day-dated home visit unless told otherwise. */
export function makeEvent(overrides: Partial<EventDto> & { on?: string } = {}): EventDto {
  const { on = '2018-11-14', ...rest } = overrides;
  counter += 1;
  return {
    id: `e${counter}`,
    agency: 'Powys Children’s Services',
    agencyKind: 'children-services',
    submissionId: 's1',
    row: counter + 1,
    date: { text: on, earliest: on, latest: on, precision: 'day', uncertain: false },
    time: null,
    endDate: null,
    endTime: null,
    type: 'contact.home-visit',
    typeText: 'Home visit',
    team: null,
    practitioner: 'SW1',
    subjects: ['Mother'],
    childSeen: null,
    seenAlone: null,
    description: 'Visited at home.',
    outcome: null,
    analysis: null,
    sourceRef: null,
    ...rest,
  };
}

export function monthEvent(month: string, overrides: Partial<EventDto> = {}): EventDto {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return makeEvent({
    date: {
      text: month,
      earliest: `${month}-01`,
      latest: `${month}-${String(last).padStart(2, '0')}`,
      precision: 'month',
      uncertain: false,
    },
    ...overrides,
  });
}
