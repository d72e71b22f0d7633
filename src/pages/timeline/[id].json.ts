/** Each record of events as JSON, beside its page. */
import { recordEndpoint } from '../../open-data.ts';

export const { getStaticPaths, GET } = recordEndpoint('events');
