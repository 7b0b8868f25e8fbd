import { html, nothing } from 'lit';
import { ContentError } from '../../content/content-error.js';
import type { Translation } from '../../content/types.js';
import { PainErrorEvent } from '../../events.js';
import { directionOf } from '../../i18n/localization.js';
import { errorText, fallbackText, loadingText, retryText, unreviewedText } from './messages.js';

/*
 * The states every element that loads content shows the same way: loading,
 * a failure (with a console warning and a `pain-error` event for developers)
 * and the notices above content. Used by PainTopicElement and by elements
 * that load something other than one topic, such as `<pain-library>`.
 */

/** Any failure as a ContentError; an unexpected one counts as damaged content. */
export const asContentError = (error: unknown): ContentError =>
  error instanceof ContentError ? error : new ContentError('malformed', String(error));

/** Whether a translation still waits for a qualified medical reviewer. */
export const isUnreviewed = (translation: Pick<Translation, 'status'> | undefined): boolean =>
  translation?.status === 'draft' || translation?.status === 'machine';

/**
 * Tells developers why content could not be shown: a console warning and a
 * `pain-error` event from `host`. The reader is told by `errorView()`.
 */
export function reportContentError(host: HTMLElement, error: unknown, context: { topic?: string; locale: string }) {
  const failure = asContentError(error);
  console.warn(`[painkit] <${host.localName}>: ${failure.message}`);
  host.dispatchEvent(
    new PainErrorEvent({ code: failure.code, topic: context.topic, locale: context.locale, message: failure.message }),
  );
}

/** The placeholder shown while content loads: announced, and as tall as the content it stands for. */
export function loadingView() {
  return html`<div part="loading" class="loading" role="status">
    <span class="visually-hidden">${loadingText()}</span>
    <div class="skeleton title"></div>
    <div class="skeleton line"></div>
    <div class="skeleton line"></div>
    <div class="skeleton line short"></div>
  </div>`;
}

/**
 * What the reader sees when content cannot be shown; after a network failure, a "Try again" button runs `retry`.
 * `text` replaces the standard wording when an element can say more precisely what went wrong.
 */
export function errorView(
  error: unknown,
  uiLocale: string,
  retry: () => void,
  text: { title: string; body: string } = errorText(asContentError(error).code),
) {
  const { code } = asContentError(error);
  const { title, body } = text;
  return html`<div part="error" class="error box" role="alert" lang=${uiLocale} dir=${directionOf(uiLocale)}>
    <p class="error-title"><strong>${title}</strong></p>
    <p>${body}</p>
    ${code === 'network' ? html`<button type="button" part="retry-button" @click=${retry}>${retryText()}</button>` : nothing}
  </div>`;
}

/** What the notices above content need to know. */
export interface NoticeState {
  /** The locale of the content shown. */
  locale: string;
  /** The locale the reader asked for. */
  requestedLocale: string;
  /** True when the content is shown in the source language because the reader's has none. */
  fallback: boolean;
  /** True when the content is a translation no medical reviewer has checked. */
  unreviewed: boolean;
}

/** Notices above content: shown in English for lack of a translation, or an unreviewed translation. */
export function noticesView({ locale, requestedLocale, fallback, unreviewed }: NoticeState, uiLocale: string) {
  const names = new Intl.DisplayNames([uiLocale], { type: 'language', fallback: 'code' });
  const notices = [
    fallback ? fallbackText(names.of(requestedLocale) ?? requestedLocale, names.of(locale) ?? locale) : '',
    unreviewed ? unreviewedText() : '',
  ].filter(Boolean);
  return notices.length
    ? html`<div part="notice" class="notice box" role="note" lang=${uiLocale} dir=${directionOf(uiLocale)}>
        ${notices.map((text) => html`<p>${text}</p>`)}
      </div>`
    : nothing;
}
