import type { Plugin } from 'graphql-yoga';
import { queryLimitsRule, type QueryLimits } from './query-limits';

/** Adds the depth and cost limits to validation; variables feed the page sizes of the estimate. */
export function useQueryLimits(limits: QueryLimits): Plugin {
  return {
    onValidate({ addValidationRule, context }) {
      const params = (context as { params?: { variables?: Record<string, unknown> } }).params;
      addValidationRule(queryLimitsRule(limits, () => params?.variables ?? {}));
    },
  };
}
