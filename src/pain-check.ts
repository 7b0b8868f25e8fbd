import { PainCheck } from './elements/check/check.js';
import { define } from './define.js';

export { PainCheck };

define('pain-check', PainCheck);

declare global {
  interface HTMLElementTagNameMap {
    'pain-check': PainCheck;
  }
}
