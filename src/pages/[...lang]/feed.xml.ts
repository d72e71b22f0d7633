/** The translated editions' feeds: /az/feed.xml, /ru/feed.xml, /hy/feed.xml (English's is /feed.xml). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { TRANSLATIONS, type Locale } from '../../lib/i18n/locales.ts';
import { feed } from '../feed.xml.ts';

export const getStaticPaths = (() => TRANSLATIONS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, params }) => feed(site, params.lang as Locale);
