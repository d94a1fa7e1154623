/**
 * The site paths 写作台 links to, made in one place: a site served under a base path prefixes
 * them here.
 */

export const COMPOSE_PATH = '/compose/';
export const CHECK_PATH = '/check/';

/** A section on its sample page: the part or heading anchor the sample page gives it. */
export const sectionPath = (sample: string, section: string): string => `/samples/${sample}/#${section}`;
