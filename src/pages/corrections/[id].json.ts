/** Each correction as JSON, beside the corrections log. */
import { recordEndpoint } from '../../data-endpoints.ts';

export const { getStaticPaths, GET } = recordEndpoint('corrections');
