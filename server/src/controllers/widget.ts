import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** The widget's build (widget/build.mjs), beside this bundle in dist/. */
const WIDGET_DIR = path.resolve(__dirname, '..', 'widget');
const APP_FILE = /^(app|strings\.[a-z]{2})\.[0-9a-f]{12}\.js$/;
/** The loader's name never changes, so it is revalidated daily (cheaply: its ETag); the other files are named by their hash. */
const LOADER_CACHE = 'public, max-age=86400';
const APP_CACHE = 'public, max-age=31536000, immutable';

interface Asset {
  body: Buffer;
  etag: string;
}

/**
 * Serves the customer widget: GET /api/helpdesk/widget.js (the loader a site embeds), and
 * GET /api/helpdesk/widget/app.<hash>.js and /widget/strings.<locale>.<hash>.js (the rest and one
 * language's strings, fetched on first use). Files are read once.
 */
export default (_: { strapi: Core.Strapi }) => {
  const assets = new Map<string, Promise<Asset>>();
  const load = (file: string) => {
    let asset = assets.get(file);
    if (!asset) {
      asset = readFile(path.join(WIDGET_DIR, file)).then((body) => ({ body, etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"` }));
      asset.catch(() => assets.delete(file));
      assets.set(file, asset);
    }
    return asset;
  };

  const serve = async (ctx: any, file: string, cacheControl: string) => {
    let asset: Asset;
    try {
      asset = await load(file);
    } catch {
      throw new errors.NotFoundError('The widget is not built: run `npm run build` in the plugin');
    }
    ctx.set('ETag', asset.etag);
    ctx.set('Cache-Control', cacheControl);
    // Embedded by other sites: the security middleware's same-origin default would block the script there.
    ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');
    ctx.type = 'application/javascript; charset=utf-8';
    if (ctx.get('If-None-Match') === asset.etag) {
      ctx.status = 304;
      return;
    }
    ctx.body = asset.body;
  };

  return {
    async loader(ctx: any) {
      await serve(ctx, 'loader.js', LOADER_CACHE);
    },
    async app(ctx: any) {
      const { file } = ctx.params;
      if (typeof file !== 'string' || !APP_FILE.test(file)) throw new errors.NotFoundError('No such widget file');
      await serve(ctx, file, APP_CACHE);
    },
  };
};
