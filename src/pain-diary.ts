import { PainDiary } from './elements/diary/diary.js';
import { define } from './define.js';

export { PainDiary };
export type { DiaryEntry } from './elements/diary/diary-entry.js';

define('pain-diary', PainDiary);

declare global {
  interface HTMLElementTagNameMap {
    'pain-diary': PainDiary;
  }
}
