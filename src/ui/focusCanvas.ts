/** Gives the keyboard back to the canvas (after a toolbar click), so typed sizes and shortcuts reach the tools. */
export function focusCanvas(): void {
  document.querySelector<HTMLElement>('[data-testid="plan-canvas"]')?.focus({ preventScroll: true });
}
