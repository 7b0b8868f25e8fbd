import { PainLanguagePicker } from './elements/language-picker/language-picker.js';
import { define } from './define.js';

export { PainLanguagePicker };

define('pain-language-picker', PainLanguagePicker);

declare global {
  interface HTMLElementTagNameMap {
    'pain-language-picker': PainLanguagePicker;
  }
}
