import type { APIRoute } from 'astro';
import { withBase } from '../lib/base.ts';

/**
 * Every page may be crawled; the sitemap is named when the build knows its public origin
 * (FANWENKU_SITE). Crawlers read robots.txt only at a host's root: under a sub-path the host's
 * own robots.txt must name the sitemap (docs/deploy.md).
 */
export const GET: APIRoute = ({ site }) =>
  new Response(
    ['User-agent: *', 'Disallow:', ...(site ? [`Sitemap: ${new URL(withBase('/sitemap-index.xml'), site).href}`] : []), ''].join('\n'),
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
