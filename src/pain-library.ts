import { PainLibrary } from './elements/library/library.js';
import { define } from './define.js';
// The library opens topics in <pain-procedure>.
import './pain-procedure.js';

export { PainLibrary };

define('pain-library', PainLibrary);

declare global {
  interface HTMLElementTagNameMap {
    'pain-library': PainLibrary;
  }
}
