/**
 * A ref callback for the heading of a step that replaces the previous one: focus moves
 * to it, so keyboard and screen-reader users land where the new content starts instead
 * of on a button that no longer exists. Pair it with tabIndex={-1}.
 */
export function focusWhenShown(element: HTMLElement | null): void {
  element?.focus();
}
