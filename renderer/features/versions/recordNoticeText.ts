import type { MissingSavesView } from '../../../shared/domain/vault.js';
import { format } from '../../app/format.js';

/** A save's time in the user's own words; a time that does not parse is left out. */
function moment(iso: string): string | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : format.moment(date);
}

/**
 * What the missing-saves notice says happened, in plain words: how many saves made on
 * this computer are not in the file, and between which moments they were made.
 */
export function missingSavesText({ count, after, upTo }: MissingSavesView): string {
  const saves = format.plural(count, { one: 'One save', other: `${format.number(count)} saves` });
  const from = after === null ? undefined : moment(after);
  const to = moment(upTo);
  const when =
    from && to
      ? `, made after ${from} (the last on ${to}),`
      : to
        ? `, the last made on ${to},`
        : '';
  return `${saves} from this computer${when} ${format.plural(count, { one: 'is', other: 'are' })} not in your journal file. This happens when the file is replaced by an older copy of itself — by a sync tool, or a copy from another computer — or is cut short. Everything else in the journal is as it was.`;
}
