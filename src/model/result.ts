/** The one result type at the edges: a value, or an error saying why (text, or a typed reason). */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E }
