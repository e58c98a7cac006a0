import { describe, expect, it } from 'vitest';
import { parseRoute, routePath, translateRoute } from './routes';

describe('routes', () => {
  it('round-trips every kind of page', () => {
    for (const path of [
      '/',
      '/zh/',
      '/en/01-basics/',
      '/zh/05-implementation/',
      '/en/teach/',
      '/zh/teach/',
      '/en/playground/',
      '/zh/playground/',
    ]) {
      expect(routePath(parseRoute(path))).toBe(path);
    }
  });

  it('reads index.html, a missing trailing slash and a base path', () => {
    expect(parseRoute('/en/01-basics/index.html')).toEqual({
      kind: 'chapter',
      lang: 'en',
      slug: '01-basics',
    });
    expect(parseRoute('/zh')).toEqual({ kind: 'home', lang: 'zh' });
    expect(parseRoute('/unrolled/zh/02-training/', '/unrolled/')).toEqual({
      kind: 'chapter',
      lang: 'zh',
      slug: '02-training',
    });
    expect(routePath({ kind: 'home', lang: 'zh' }, '/unrolled/')).toBe('/unrolled/zh/');
  });

  it('sends garbage to the not-found page instead of throwing', () => {
    for (const path of [
      '/fr/',
      '/en/../../etc',
      '/en/01-basics/extra/',
      '/%E0%A4%A/',
      '/en/<script>/',
      '/en/teach/x/',
      '/teach/',
      '/en/playground/extra/',
    ]) {
      expect(parseRoute(path).kind).toBe('notFound');
    }
  });

  it('keeps the page when switching language', () => {
    expect(routePath(translateRoute(parseRoute('/en/03-lstm/'), 'zh'))).toBe('/zh/03-lstm/');
    expect(routePath(translateRoute(parseRoute('/en/playground/'), 'zh'))).toBe('/zh/playground/');
  });
});
