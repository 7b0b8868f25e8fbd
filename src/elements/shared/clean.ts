/** An attribute's value, trimmed; a removed attribute (null) reads as empty. */
export const clean = (value: string | null | undefined): string => (value ?? '').trim();
