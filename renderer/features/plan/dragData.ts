/**
 * What a drag carries between the Challenges screen, the plan's days and its items.
 * Private MIME types, so a drop of text or a file from outside the app is ignored.
 */
export type Dragged =
  | { readonly kind: 'challenge'; readonly challengeId: string }
  | { readonly kind: 'planItem'; readonly planItemId: string };

const mimeTypes = {
  challenge: 'application/x-ask-anyway-challenge',
  planItem: 'application/x-ask-anyway-plan-item',
} as const;

/** The part of the browser's DataTransfer a drag needs; tests pass a plain object. */
export interface DragCarrier {
  readonly types: readonly string[];
  setData(format: string, data: string): void;
  getData(format: string): string;
}

export function writeDragged(carrier: DragCarrier, dragged: Dragged): void {
  const id = dragged.kind === 'challenge' ? dragged.challengeId : dragged.planItemId;
  carrier.setData(mimeTypes[dragged.kind], id);
}

/**
 * True while something of ours is dragged over a target. Browsers hide the data itself
 * until the drop, but show its types, which is enough to accept the drop.
 */
export function carriesDragged(carrier: Pick<DragCarrier, 'types'>): boolean {
  return carrier.types.some((type) => type === mimeTypes.challenge || type === mimeTypes.planItem);
}

/** What was dropped, or null for anything that did not come from the app. */
export function readDragged(carrier: DragCarrier): Dragged | null {
  const challengeId = carrier.getData(mimeTypes.challenge);
  if (challengeId) return { kind: 'challenge', challengeId };
  const planItemId = carrier.getData(mimeTypes.planItem);
  if (planItemId) return { kind: 'planItem', planItemId };
  return null;
}
