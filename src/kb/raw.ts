/**
 * The bundled knowledge base: the JSON files of data/, imported at build time. This module is
 * loaded on demand (dynamic import) so the data and zod stay out of the initial bundle.
 */
import electrodes from '../../data/electrodes.json';
import electrolytes from '../../data/electrolytes.json';
import glossary from '../../data/glossary.json';
import interfaceTypes from '../../data/interface-types.json';
import mechanisms from '../../data/mechanisms.json';
import phases from '../../data/phases.json';
import questions from '../../data/questions.json';
import references from '../../data/references.json';
import techniques from '../../data/techniques.json';
import topics from '../../data/topics.json';
import type { RawKb } from './load';

export const RAW_KB: RawKb = {
  electrolytes,
  phases,
  electrodes,
  interfaceTypes,
  topics,
  mechanisms,
  techniques,
  glossary,
  questions,
  references,
};
