import type { ContentFile } from './content-file.js';
import type { Section, Source } from './types.js';

/** Compiled content that carries HTML (a topic or a plan template). */
export interface WithHtml {
  sections: Section[];
  sources: Source[];
}

/**
 * Compiled content ready to become DOM. painkit's own files were sanitized
 * when `build-content` compiled them and are shown as they are; content from
 * any other folder, even on the same origin, goes through the same sanitizer
 * in the browser first. The sanitizer is loaded only then, so pages that show
 * only painkit's own content never download it.
 */
export async function safeHtml<T extends WithHtml>(file: ContentFile, chunk: T): Promise<T> {
  if (file.own) return chunk;
  const { sanitizeContent } = await import('./sanitize-content.js');
  return sanitizeContent(chunk);
}
