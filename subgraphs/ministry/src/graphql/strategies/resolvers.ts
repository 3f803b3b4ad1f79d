import type { Resolvers } from '../../generated/graphql.js';
import { industrySection } from '../insurance/industry.js';
import {
  centersOfStrategy,
  linesOfStrategy,
  regionsOfTargetIndustry,
  targetIndustriesOfStrategy,
} from './loaders.js';

export const strategyResolvers: Resolvers = {
  RegionalStrategy: {
    name: (strategy) => strategy.nameKo,
    centers: (strategy, _args, context) => context.loaders.get(centersOfStrategy).load(strategy.id),
    lines: (strategy, _args, context) => context.loaders.get(linesOfStrategy).load(strategy.id),
    targetIndustries: (strategy, _args, context) =>
      context.loaders.get(targetIndustriesOfStrategy).load(strategy.id),
  },
  StrategyLine: {
    text: (line) => line.textKo,
  },
  TargetIndustry: {
    name: (industry) => industry.nameKo,
    section: (industry, _args, context) => industrySection(context, industry.sectionCode),
    regions: async (industry, _args, context) =>
      (await context.loaders.get(regionsOfTargetIndustry).load(industry.id)).map((code) => ({
        code,
      })),
  },
};
