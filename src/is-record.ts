/** A plain JSON-like object (not `null`, not an array): the shape of parsed configuration, baselines and options. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
