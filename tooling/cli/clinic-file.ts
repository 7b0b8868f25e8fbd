import type { ClinicDetails } from '../handout/index.js';
import { inputFile } from './paths.js';
import { UsageError } from './usage-error.js';

/** The clinic's details from `--clinic FILE` (clinic.json), or undefined without one. */
export async function clinicDetails(path: string | undefined): Promise<ClinicDetails | undefined> {
  if (path === undefined) return undefined;
  const text = await inputFile(path, '--clinic');
  try {
    return JSON.parse(text) as ClinicDetails;
  } catch (error) {
    throw new UsageError(`--clinic ${path}: not valid JSON (${(error as Error).message})`);
  }
}
