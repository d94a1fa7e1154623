import { withBase } from '../base.ts';

/** The site paths 写作台 links to, under the base the site is served from. */

export const COMPOSE_PATH = withBase('/compose/');
export const CHECK_PATH = withBase('/check/');

/** A section on its sample page: the part or heading anchor the sample page gives it. */
export const sectionPath = (sample: string, section: string): string => withBase(`/samples/${sample}/#${section}`);
