import { PainCheck } from './elements/check/check.js';
import { define } from './define.js';
// A page that teaches a topic shows <pain-procedure> beside <pain-check>, whose
// links open its sections. Loading them together also keeps the view code the
// topic elements share in one chunk: split for <pain-check> alone, it cost every
// other topic element's path about 330 bytes gzipped (measured with `npm run size`).
import './pain-procedure.js';

export { PainCheck };

define('pain-check', PainCheck);

declare global {
  interface HTMLElementTagNameMap {
    'pain-check': PainCheck;
  }
}
