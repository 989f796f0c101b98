import type { MissingSavesView } from '../../../shared/domain/vault.js';

const momentFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: 'numeric',
  minute: '2-digit',
});

/** A save's time in the user's own words; a time that does not parse is left out. */
function moment(iso: string): string | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : momentFormat.format(date);
}

/**
 * What the missing-saves notice says happened, in plain words: how many saves made on
 * this computer are not in the file, and between which moments they were made.
 */
export function missingSavesText({ count, after, upTo }: MissingSavesView): string {
  const saves = count === 1 ? 'One save' : `${count} saves`;
  const from = after === null ? undefined : moment(after);
  const to = moment(upTo);
  const when =
    from && to
      ? `, made after ${from} (the last on ${to}),`
      : to
        ? `, the last made on ${to},`
        : '';
  return `${saves} from this computer${when} ${count === 1 ? 'is' : 'are'} not in your journal file. This happens when the file is replaced by an older copy of itself — by a sync tool, or a copy from another computer — or is cut short. Everything else in the journal is as it was.`;
}
