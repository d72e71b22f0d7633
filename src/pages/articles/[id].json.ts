/** Each record of articles as JSON, beside its page. */
import { recordEndpoint } from '../../open-data.ts';

export const { getStaticPaths, GET } = recordEndpoint('articles');
