import type { Channel, EventName, EventPayload, RequestOf, ResponseOf } from './contract.js';
import type { Result } from './result.js';

type DomainOf<Name> = Name extends `${infer D}.${string}` ? D : never;

/** A channel's method: no argument when the channel carries no payload. */
type Method<C extends Channel> = [RequestOf<C>] extends [undefined]
  ? () => Promise<Result<ResponseOf<C>>>
  : (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;

/** Subscribing returns the function that unsubscribes. */
type Subscribe<E extends EventName> = (listener: (payload: EventPayload<E>) => void) => () => void;

type DomainApi<D extends string> = {
  readonly [C in Channel as C extends `${D}.${infer Verb}` ? Verb : never]: Method<C>;
} & {
  readonly [
    E in EventName as E extends `${D}.${infer Verb}` ? `on${Capitalize<Verb>}` : never
  ]: Subscribe<E>;
};

/**
 * What the preload exposes as `window.api`: one named method per channel, grouped by
 * domain (`api.settings.update(patch)`), and one `on…` method per event
 * (`api.settings.onChanged(listener)`). Nothing generic.
 */
export type Api = {
  readonly [D in DomainOf<Channel | EventName>]: DomainApi<D>;
};

/**
 * How the API reaches main. The Electron preload implements it over ipcRenderer; the
 * end-to-end harness implements it over a Playwright binding. Both call the same router.
 */
export interface Transport {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  subscribe<E extends EventName>(
    event: E,
    listener: (payload: EventPayload<E>) => void,
  ): () => void;
}
