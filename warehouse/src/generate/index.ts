export { type GenerateRefusal, GenerateRefusedError } from './errors.js';
export {
  DEFAULT_CHUNK_PEOPLE,
  DEFAULT_SEED,
  GENERATED_TABLES,
  type GeneratedTable,
  type GenerateOptions,
  type GenerateReport,
  generateSources,
  MAX_PEOPLE,
} from './generate.js';
