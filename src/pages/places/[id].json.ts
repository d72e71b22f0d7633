/** Each record of places as JSON, beside its page. */
import { recordEndpoint } from '../../data-endpoints.ts';

export const { getStaticPaths, GET } = recordEndpoint('places');
