export * from './common';
export * from './page-extraction';
export * from './dossier';
