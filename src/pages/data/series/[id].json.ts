/** Each record of series as JSON, beside its page. */
import { recordEndpoint } from '../../../data-endpoints.ts';

export const { getStaticPaths, GET } = recordEndpoint('series');
