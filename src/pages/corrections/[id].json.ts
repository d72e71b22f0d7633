/** Each correction as JSON, beside the corrections log. */
import { recordEndpoint } from '../../open-data.ts';

export const { getStaticPaths, GET } = recordEndpoint('corrections');
