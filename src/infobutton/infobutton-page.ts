/**
 * The script of `infobutton.html`: answers the Infobutton request in the
 * page's address. Built into `dist/infobutton-page/` (rollup.config.js).
 */
import { answerInfobutton } from './infobutton.js';
import { readInfobuttonRequest } from './infobutton-request.js';

void answerInfobutton(readInfobuttonRequest(location.search), document.querySelector('main')!);
