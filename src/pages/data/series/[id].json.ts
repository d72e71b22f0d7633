/** Each record of series as JSON, beside its page. */
import { recordEndpoint } from '../../../open-data.ts';

export const { getStaticPaths, GET } = recordEndpoint('series');
