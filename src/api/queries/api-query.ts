import { sqlFile } from '../../db/sql-file.ts';

/** Reads one of the API's SQL files (this folder). */
export const apiQuery = (name: string): string => sqlFile(import.meta.url, name);
