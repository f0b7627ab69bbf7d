import { sectionTable } from './sections';

/*
 * The goals sidebar's sections, in a module of their own so the sidebar page carries no other
 * section: what the page says itself, and the goal rules' messages it words from their codes.
 */

export const SIDEBAR_TEXTS = sectionTable('sidebar', (language) => require(`./${language}/sidebar.ts`));

export const GOAL_TEXTS = sectionTable('goals', (language) => require(`./${language}/goals.ts`));
