/**
 * Mark colours by kind. Defined once as CSS custom properties (app.css, light and dark), read
 * here for the canvas layer so both renderers use the same colours.
 */
export const KIND_COLOR_VARS: Record<string, string> = {
  'envoy-meeting': '--kind-envoy-meeting',
  'negotiation-round': '--kind-negotiation-round',
  summit: '--kind-summit',
  'phone-call': '--kind-phone-call',
  document: '--kind-document',
  other: '--kind-other',
};

export function kindColorVar(kind: string | undefined): string {
  return `var(${KIND_COLOR_VARS[kind ?? 'other'] ?? '--kind-other'})`;
}

export interface CanvasPalette {
  kinds: Record<string, string>;
  text: string;
  muted: string;
  bin: string;
  binText: string;
  surface: string;
}

/** Resolve the CSS variables to colours the canvas can use; call again when the theme changes. */
export function readPalette(element: Element): CanvasPalette {
  const style = getComputedStyle(element);
  const get = (name: string) => style.getPropertyValue(name).trim() || '#888';
  const kinds: Record<string, string> = {};
  for (const [kind, name] of Object.entries(KIND_COLOR_VARS)) kinds[kind] = get(name);
  return {
    kinds,
    text: get('--text'),
    muted: get('--muted'),
    bin: get('--bin'),
    binText: get('--bin-text'),
    surface: get('--surface'),
  };
}
