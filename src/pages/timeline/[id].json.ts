/** Each record of events as JSON, beside its page. */
import { recordEndpoint } from '../../data-endpoints.ts';

export const { getStaticPaths, GET } = recordEndpoint('events');
