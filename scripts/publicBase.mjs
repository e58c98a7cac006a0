// The site's public address, for what the build writes that another site reads (oEmbed files,
// their discovery links, the notebook module's default): `UNROLLED_BASE_URL` at build time,
// e.g. `UNROLLED_BASE_URL=https://unrolled.example/ npm run build`. Defaults to the preview server.
export function publicBase() {
  const raw = process.env.UNROLLED_BASE_URL || 'http://localhost:4173/';
  const url = new URL(raw); // throws on a malformed address: better than shipping broken links
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`UNROLLED_BASE_URL must be an http(s) address, not ${raw}`);
  url.search = '';
  url.hash = '';
  return url.toString().endsWith('/') ? url.toString() : `${url.toString()}/`;
}
