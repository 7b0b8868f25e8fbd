import { createHash } from 'node:crypto';

/**
 * The fingerprint of an English topic file: 16 hex digits of the SHA-256 of
 * its text (line endings and trailing spaces normalised). A translation
 * records the fingerprint of the English text it follows; when the English
 * file changes, the fingerprints differ and the translation is stale.
 */
export function fingerprint(text: string): string {
  const normalised = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 16);
}
