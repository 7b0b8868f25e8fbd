import { configureClinic, type ClinicDetails } from './clinic/clinic-config.js';
import { setDefaultContentBase } from './content/content-base.js';
import { setAllowedOrigins } from './content/fetch-content.js';

/** Settings for every painkit element on the page. */
export interface PainkitConfig {
  /** The clinic's details (the same as `<pain-clinic>`). */
  clinic?: ClinicDetails;
  /** Default `content-base` for elements that do not set one (e.g. where your bundler serves painkit's `dist/data/`). */
  contentBase?: string;
  /** Other origins painkit may fetch content and `src` Markdown from (the page's own and painkit's own are always allowed). */
  allowOrigins?: string[];
}

/** Configures painkit from JavaScript: `configure({ clinic: { name, phone }, contentBase: '/painkit-data/' })`. */
export function configure(config: PainkitConfig): void {
  for (const problem of config.clinic ? configureClinic(config.clinic) : []) console.warn(`[painkit] ${problem}`);
  if (config.contentBase !== undefined) setDefaultContentBase(config.contentBase);
  if (config.allowOrigins) setAllowedOrigins(config.allowOrigins);
}
