/** Each record of projects as JSON, beside its page. */
import { recordEndpoint } from '../../data-endpoints.ts';

export const { getStaticPaths, GET } = recordEndpoint('projects');
