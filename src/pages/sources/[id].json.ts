/** Each publisher as JSON, beside the sources page. */
import { recordEndpoint } from '../../data-endpoints.ts';

export const { getStaticPaths, GET } = recordEndpoint('publishers');
