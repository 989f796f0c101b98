import type { LoginItem } from '../../main/services/startup/loginItem.js';

/** A login item that keeps what it was set to, and can be told to refuse. */
export function recordingLoginItem(): LoginItem & {
  readonly set: LoginItem['set'];
  calls: boolean[];
  refuseWith: Error | undefined;
} {
  const item = {
    calls: [] as boolean[],
    refuseWith: undefined as Error | undefined,
    set(openAtLogin: boolean) {
      if (item.refuseWith) throw item.refuseWith;
      item.calls.push(openAtLogin);
    },
  };
  return item;
}
