#!/usr/bin/env node
// Browser, accessibility, validity, link and weight checks of a running witaj server, by tools no
// one here wrote: Chromium (Debian's), axe-core and the Nu HTML Checker.
//
//   node tests/browser/run.mjs http://127.0.0.1:8092 [--only=browser,vnu,crawl,print,account] [--max-urls=3000]
//        [--screenshots=DIR]   (print: also save each handout's first printed page as a PNG)
//
// Prints a report and exits 1 if anything fails (2 if the checks themselves could not run).
// `tests/browser.rs` starts the server on the bundled site and runs this; see pages.mjs for the
// page types checked and how to add one.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import zlib from 'node:zlib';

import { DEFAULT_LANGS, expandPages, PRINTS } from './pages.mjs';

const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------------
// Settings

const args = process.argv.slice(2);
const BASE = (args.find((a) => !a.startsWith('--')) ?? '').replace(/\/+$/, '');
const opt = (name, dflt) => {
  const a = args.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : dflt;
};
if (!/^https?:\/\/[^/]+$/.test(BASE)) {
  console.error('usage: node tests/browser/run.mjs http://HOST:PORT [--only=browser,vnu,crawl,print,account] [--max-urls=N] [--screenshots=DIR]');
  process.exit(2);
}
const ONLY = new Set(opt('only', 'browser,vnu,crawl,print,account').split(','));
const SCREENSHOTS = opt('screenshots', '');
const MAX_URLS = Number(opt('max-urls', '3000'));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const JAVA = process.env.JAVA || 'java';
// Two cores are shared by the server, Chromium and this script: a few pages at a time is the
// sweet spot; more only makes each page slower.
const BROWSER_WORKERS = Number(opt('workers', '3'));
const FETCH_WORKERS = 6;
// Languages written right to left. The expected direction of a page comes from here, not from
// the page, so a page that forgets its `dir` fails.
const RTL_LANGS = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv']);
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const DESKTOP = { width: 1280, height: 800 };
// 200% zoom of a 1280 px window, and the narrowest phone WCAG reflow (1.4.10) asks for.
const ZOOM_VIEWPORTS = [
  { width: 640, height: 800, label: '640 px (1280 px at 200%)' },
  { width: 320, height: 640, label: '320 px' },
];
const TIMEOUT_MS = 15 * 60 * 1000;

// ---------------------------------------------------------------------------------------------
// Report

const started = Date.now();
const sections = []; // { name, failures: [string], notes: [string], ms }
function section(name) {
  const s = { name, failures: [], notes: [], ms: 0, t0: Date.now() };
  sections.push(s);
  return s;
}
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

function printReport() {
  const out = [];
  out.push(`witaj browser checks against ${BASE}`);
  for (const s of sections) {
    out.push('');
    out.push(`== ${s.name}: ${s.failures.length ? `FAIL (${s.failures.length})` : 'ok'} in ${secs(s.ms)}`);
    for (const n of s.notes) out.push(`   ${n}`);
    for (const f of s.failures) out.push(`   ✗ ${f.replaceAll('\n', '\n     ')}`);
  }
  const failed = sections.reduce((n, s) => n + s.failures.length, 0);
  out.push('');
  out.push(`${failed ? `FAILED: ${failed} problem(s)` : 'ALL CHECKS PASSED'} in ${secs(Date.now() - started)}`);
  console.log(out.join('\n'));
  return failed;
}

setTimeout(() => {
  console.log(`\nTIMEOUT: the checks took longer than ${secs(TIMEOUT_MS)}; partial report follows.`);
  printReport();
  process.exit(2);
}, TIMEOUT_MS).unref();

// ---------------------------------------------------------------------------------------------
// HTTP: raw GET with compression, so transfer sizes are what a browser would download.

function get(url, { headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get(
      url,
      { headers: { 'accept-encoding': 'gzip, br', 'accept-language': 'pl', ...headers } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const enc = res.headers['content-encoding'];
          let body;
          try {
            body =
              enc === 'br'
                ? zlib.brotliDecompressSync(raw)
                : enc === 'gzip'
                  ? zlib.gunzipSync(raw)
                  : raw;
          } catch (e) {
            reject(new Error(`${url}: cannot decode ${enc} body: ${e.message}`));
            return;
          }
          resolve({ status: res.statusCode, headers: res.headers, transferred: raw.length, body });
        });
      },
    );
    req.setTimeout(20000, () => req.destroy(new Error(`${url}: no answer in 20 s`)));
    req.on('error', reject);
  });
}

async function pool(items, workers, fn) {
  let next = 0;
  const results = new Array(items.length);
  await Promise.all(
    Array.from({ length: Math.min(workers, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i], i);
      }
    }),
  );
  return results;
}

const decodeEntities = (s) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

// ---------------------------------------------------------------------------------------------
// Crawl: from /sitemap.xml and every language's home page, every internal link, image, style
// sheet, script and icon must answer 2xx (after at most a few redirects); fragment links must
// name an id on their page; every page must stay under its weight budget.

/// Links and resources in one HTML page: [{ url, kind }] where kind is 'link' (navigation) or
/// 'resource' (loaded with the page, counts towards its weight).
function extractFromHtml(html) {
  const found = [];
  const tagRe = /<(a|link|img|script|source|iframe|form|area|video|audio)\b([^>]*)>/gi;
  for (const m of html.matchAll(tagRe)) {
    const tag = m[1].toLowerCase();
    const attrs = {};
    for (const a of m[2].matchAll(/([a-zA-Z:-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
      attrs[a[1].toLowerCase()] = decodeEntities(a[3] ?? a[4] ?? a[5] ?? '');
    }
    if (tag === 'a' || tag === 'area') {
      if (attrs.href !== undefined) found.push({ url: attrs.href, kind: 'link' });
    } else if (tag === 'link') {
      if (attrs.href === undefined) continue;
      const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
      const loads = rel.some((r) => ['stylesheet', 'icon', 'preload', 'modulepreload', 'manifest'].includes(r));
      found.push({ url: attrs.href, kind: loads ? 'resource' : 'link' });
    } else if (tag === 'form') {
      // A GET form's action is a page too (a POST form's is not: the feedback forms only take posts).
      if (attrs.action && (attrs.method ?? 'get').toLowerCase() === 'get') found.push({ url: attrs.action, kind: 'link' });
    } else {
      if (attrs.src) found.push({ url: attrs.src, kind: 'resource' });
      if (attrs.srcset) {
        for (const part of attrs.srcset.split(',')) {
          const u = part.trim().split(/\s+/)[0];
          if (u) found.push({ url: u, kind: 'resource' });
        }
      }
    }
  }
  return found;
}

const idsOf = (html) =>
  new Set([...html.matchAll(/\s(?:id|name)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => decodeEntities(m[2] ?? m[3] ?? m[4])));

async function crawl(s, htmlStore) {
  const base = new URL(BASE);
  // The sitemap and canonical links carry the configured public address (portal.toml's
  // base_url), which is not where the server under test listens: those addresses are ours too.
  const ourOrigins = new Set([base.origin]);
  const toLocal = (u) => {
    const url = new URL(u, BASE);
    if (!ourOrigins.has(url.origin)) return null;
    return `${BASE}${url.pathname}${url.search}`;
  };

  const sitemap = await get(`${BASE}/sitemap.xml`);
  if (sitemap.status !== 200) {
    s.failures.push(`/sitemap.xml answered ${sitemap.status}`);
    return;
  }
  const xml = sitemap.body.toString('utf8');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeEntities(m[1].trim()));
  const alternates = [...xml.matchAll(/<xhtml:link[^>]*href="([^"]+)"/g)].map((m) => decodeEntities(m[1]));
  const hreflangs = new Set([...xml.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]).filter((l) => l !== 'x-default'));
  for (const l of locs) ourOrigins.add(new URL(l).origin);
  if (!locs.length) s.failures.push('/sitemap.xml lists no pages');

  const robots = await get(`${BASE}/robots.txt`);
  const robotsSitemap = /^Sitemap:\s*(\S+)/m.exec(robots.body.toString('utf8'))?.[1];
  if (robots.status !== 200) s.failures.push(`/robots.txt answered ${robots.status}`);
  else if (!robotsSitemap || new URL(robotsSitemap).pathname !== '/sitemap.xml')
    s.failures.push(`/robots.txt does not point to /sitemap.xml (says ${robotsSitemap})`);

  const homes = [...hreflangs].map((l) => `${BASE}/${l}/`);
  const seeds = [`${BASE}/`, ...homes, ...locs.map(toLocal).filter(Boolean)];

  // url -> { status, finalUrl, chain, type, body, transferred, resources:Set, ids, from:Set }
  const seen = new Map();
  const queue = [];
  const fragments = []; // { page, target, fragment }
  const external = new Set();
  let bounded = false;
  const enqueue = (url, from) => {
    let entry = seen.get(url);
    if (!entry) {
      if (seen.size >= MAX_URLS) {
        bounded = true;
        return;
      }
      entry = { from: new Set() };
      seen.set(url, entry);
      queue.push(url);
    }
    if (from) entry.from.add(from);
  };
  for (const u of seeds) enqueue(u, null);

  async function visit(url) {
    const entry = seen.get(url);
    const chain = [];
    let current = url;
    let res;
    for (let hop = 0; hop < 6; hop++) {
      try {
        res = await get(current);
      } catch (e) {
        entry.error = e.message;
        return;
      }
      chain.push(`${res.status} ${current.slice(BASE.length)}`);
      if (res.status >= 300 && res.status < 400 && res.headers.location) {
        const next = toLocal(new URL(res.headers.location, current).href);
        if (!next) {
          entry.error = `redirects off-site to ${res.headers.location}`;
          return;
        }
        current = next;
        continue;
      }
      break;
    }
    entry.status = res.status;
    entry.chain = chain;
    entry.finalUrl = current;
    entry.type = (res.headers['content-type'] ?? '').split(';')[0].trim();
    entry.transferred = res.transferred;
    entry.resources = new Set();
    if (res.status >= 300 && res.status < 400) entry.error = `too many redirects: ${chain.join(' → ')}`;
    if (res.status >= 400) return;
    if (entry.type === 'text/html') {
      const html = res.body.toString('utf8');
      entry.ids = idsOf(html);
      if (current === url) htmlStore.set(url, html);
      for (const { url: raw, kind } of extractFromHtml(html)) {
        if (/^(mailto|tel|sms|geo|data|javascript):/i.test(raw)) continue;
        let abs;
        try {
          abs = new URL(raw, current);
        } catch {
          s.failures.push(`unparseable link "${raw}" on ${url.slice(BASE.length)}`);
          continue;
        }
        const local = toLocal(abs.href);
        if (!local) {
          external.add(abs.href);
          continue;
        }
        if (abs.hash.length > 1) fragments.push({ page: url, target: local, fragment: decodeURIComponent(abs.hash.slice(1)) });
        if (kind === 'resource') entry.resources.add(local);
        enqueue(local, url);
      }
    } else if (entry.type === 'text/css') {
      for (const m of res.body.toString('utf8').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
        if (m[1].startsWith('data:')) continue;
        const local = toLocal(new URL(m[1], current).href);
        if (local) {
          entry.resources.add(local);
          enqueue(local, url);
        }
      }
    }
  }

  while (queue.length) {
    const batch = queue.splice(0, queue.length);
    await pool(batch, FETCH_WORKERS, visit);
  }

  const rel = (u) => u.slice(BASE.length) || '/';
  let pages = 0;
  let broken = 0;
  for (const [url, e] of seen) {
    const bad = e.error ?? (e.status >= 400 ? `answers ${e.chain.join(' → ')}` : null);
    if (bad) {
      broken++;
      const from = [...e.from].slice(0, 3).map(rel);
      const more = e.from.size > 3 ? ` and ${e.from.size - 3} more` : '';
      s.failures.push(`broken: ${rel(url)} ${bad}; linked from ${from.join(', ') || '(seed)'}${more}`);
    }
    if (e.type === 'text/html' && e.status === 200 && e.finalUrl === url) pages++;
  }
  for (const l of locs) {
    const e = seen.get(toLocal(l));
    if (e && e.chain && e.chain.length > 1) s.failures.push(`sitemap lists ${rel(toLocal(l))}, which redirects: ${e.chain.join(' → ')}`);
    if (e && e.status === 200 && e.type !== 'text/html') s.failures.push(`sitemap lists ${rel(toLocal(l))}, which is ${e.type}, not a page`);
  }
  for (const a of alternates) {
    const local = toLocal(a);
    const e = local && seen.get(local);
    if (!e || e.status !== 200) s.failures.push(`sitemap hreflang alternate ${a} is not a page (${e ? e.status : 'not crawled'})`);
  }
  for (const f of fragments) {
    const e = seen.get(f.target);
    const target = e && e.finalUrl ? seen.get(e.finalUrl) ?? e : e;
    if (target && target.ids && !target.ids.has(f.fragment)) {
      s.failures.push(`broken fragment: ${rel(f.page)} links to ${rel(f.target)}#${f.fragment}, which has no such id`);
    }
  }

  // Weight of every page as the crawler saw it: the compressed document plus each resource it
  // loads (style sheets, icons, images, scripts, and what the style sheets load), cold cache.
  const weightOf = (url) => {
    const e = seen.get(url);
    let total = e.transferred ?? 0;
    const counted = new Set([url]);
    const stack = [...(e.resources ?? [])];
    while (stack.length) {
      const r = stack.pop();
      if (counted.has(r)) continue;
      counted.add(r);
      const re = seen.get(r);
      if (!re) continue;
      total += re.transferred ?? 0;
      for (const x of re.resources ?? []) stack.push(x);
    }
    return total;
  };
  let heaviest = { url: '', bytes: 0 };
  let heaviestGuide = { url: '', bytes: 0 };
  for (const [url, e] of seen) {
    if (e.type !== 'text/html' || e.status !== 200 || e.finalUrl !== url) continue;
    const bytes = weightOf(url);
    const guide = /\/guides\//.test(url);
    const budget = (guide ? 30 : 50) * 1024;
    if (bytes > budget) s.failures.push(`too heavy: ${rel(url)} transfers ${kb(bytes)} with its resources (budget ${kb(budget)})`);
    if (guide && bytes > heaviestGuide.bytes) heaviestGuide = { url, bytes };
    if (!guide && bytes > heaviest.bytes) heaviest = { url, bytes };
  }

  if (bounded) s.failures.push(`the crawl stopped at ${MAX_URLS} URLs: raise --max-urls if the site really is this big`);
  s.notes.push(
    `${seen.size} URLs checked (${pages} pages, ${locs.length} in the sitemap, ${hreflangs.size} home pages), ${broken} broken, ${fragments.length} fragment links, ${external.size} external links not followed`,
  );
  s.notes.push(
    `heaviest page ${rel(heaviest.url)} ${kb(heaviest.bytes)}, heaviest guide ${rel(heaviestGuide.url)} ${kb(heaviestGuide.bytes)} (compressed, with resources)`,
  );
  return seen;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// ---------------------------------------------------------------------------------------------
// Nu HTML Checker: every HTML page the crawl found, and every page type (404s included), in one
// Java run.

async function validate(s, htmlStore) {
  const dir = mkdtempSync(join(tmpdir(), 'witaj-vnu-'));
  try {
    const names = new Map();
    let i = 0;
    const files = [];
    for (const [url, html] of htmlStore) {
      const name = `page-${String(i++).padStart(4, '0')}.html`;
      writeFileSync(join(dir, name), html);
      names.set(name, url);
      files.push(join(dir, name));
    }
    if (!files.length) {
      s.failures.push('no HTML to validate');
      return;
    }
    const jar = join(dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
    const { code, stdout, stderr } = await run(JAVA, ['-Xss1024k', '-jar', jar, '--errors-only', '--format', 'json', ...files]);
    let messages;
    try {
      // vnu writes its JSON report to stderr.
      messages = JSON.parse(stderr.trim() || stdout.trim() || '{"messages":[]}').messages;
    } catch {
      s.failures.push(`the Nu HTML Checker failed (exit ${code}):\n${stderr.slice(0, 2000)}${stdout.slice(0, 2000)}`);
      return;
    }
    const byPage = new Map();
    for (const m of messages) {
      if (m.type !== 'error' && m.subType !== 'fatal') continue;
      const name = (m.url ?? '').split('/').pop();
      const url = (names.get(name) ?? name).slice(BASE.length) || '/';
      const line = `${url}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? `\n   ${JSON.stringify(m.extract.trim().slice(0, 160))}` : ''}`;
      if (!byPage.has(m.message)) byPage.set(m.message, []);
      byPage.get(m.message).push(line);
    }
    // The same template error shows on every page: say it once, with where else.
    for (const [, lines] of byPage) {
      s.failures.push(lines[0] + (lines.length > 1 ? `\n(and on ${lines.length - 1} more page(s))` : ''));
    }
    if (code !== 0 && !byPage.size) s.failures.push(`the Nu HTML Checker exited ${code}: ${stderr.slice(0, 2000)}`);
    s.notes.push(`${files.length} HTML documents validated, ${messages.length} error(s)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(cmd, argv) {
  return new Promise((resolve) => {
    const p = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('error', (e) => resolve({ code: -1, stdout, stderr: `${stderr}${e.message}` }));
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// ---------------------------------------------------------------------------------------------
// The browser checks, page by page.

/// The request headers of page `p`: the reader's Accept-Language for pages that negotiate their
/// language, the "my municipality" cookie for pages seen by a visitor who chose one.
function pageHeaders(p) {
  const h = {};
  if (p.acceptLanguage) h['accept-language'] = p.acceptLanguage;
  if (p.cookie) h['cookie'] = p.cookie;
  return h;
}

/// A new tab for page `p`, sending its headers.
async function openPage(ctx, p) {
  const page = await ctx.newPage();
  const h = pageHeaders(p);
  if (Object.keys(h).length) await page.setExtraHTTPHeaders(h);
  return page;
}

async function describeFocus(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    // Everything Tab can reach, in document order (no positive tabindex: see below).
    const focusables = [
      ...document.querySelectorAll(
        'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex], [contenteditable]',
      ),
    ].filter((f) => {
      if (f.disabled || f.tabIndex < 0 || !f.getClientRects().length) return false;
      return getComputedStyle(f).visibility !== 'hidden' && !f.closest('[inert]');
    });
    if (!el || el === document.body) return { none: true };
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const cx = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
    const cy = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
    const hit = document.elementFromPoint(cx, cy);
    const main = document.querySelector('main');
    return {
      none: false,
      index: focusables.indexOf(el),
      tag: el.tagName.toLowerCase(),
      id: el.id,
      className: typeof el.className === 'string' ? el.className : '',
      label: (el.textContent || el.getAttribute('aria-label') || el.value || '').trim().slice(0, 40),
      href: el.getAttribute('href'),
      inMain: !!main && main.contains(el),
      isMain: el === main,
      // A focus indicator: an outline of at least 2 px, or a box shadow.
      indicator:
        (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || (cs.boxShadow && cs.boxShadow !== 'none'),
      outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}; shadow ${cs.boxShadow}`,
      rect: { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height },
      inViewport: r.width > 1 && r.height > 1 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
      onTop: !!hit && (hit === el || el.contains(hit)),
      visible: cs.visibility !== 'hidden' && parseFloat(cs.opacity) > 0.1,
      vw: document.documentElement.clientWidth,
      firstAfterMain: main ? focusables.findIndex((f) => main.compareDocumentPosition(f) & (Node.DOCUMENT_POSITION_CONTAINED_BY | Node.DOCUMENT_POSITION_FOLLOWING)) : -1,
      positiveTabindex: [...document.querySelectorAll('[tabindex]')].filter((e) => e.tabIndex > 0).length,
    };
  });
}

const where = (f) => `${f.tag}${f.id ? `#${f.id}` : ''}${f.className ? `.${f.className.split(' ')[0]}` : ''} "${f.label}"`;

async function checkKeyboard(page, p, fail) {
  // 1. The first Tab reaches the skip link, visible, with a focus indicator, on the reader's
  //    inline-start side.
  await page.keyboard.press('Tab');
  const first = await describeFocus(page);
  if (first.none || (first.href !== '#content' && !/skip/.test(first.className))) {
    fail(`keyboard: the first Tab focuses ${first.none ? 'nothing' : where(first)}, not the skip link`);
    return;
  }
  if (!first.inViewport || !first.onTop || !first.visible) fail(`keyboard: the focused skip link is not fully visible (${JSON.stringify(first.rect)})`);
  if (!first.indicator) fail(`keyboard: the focused skip link shows no focus indicator (${first.outline})`);
  const rtl = RTL_LANGS.has(p.lang);
  const mid = first.rect.left + first.rect.width / 2;
  if (rtl ? mid < first.vw / 2 : mid > first.vw / 2)
    fail(`direction: the skip link is on the ${rtl ? 'left' : 'right'} (x ${Math.round(first.rect.left)}–${Math.round(first.rect.right)} of ${first.vw}); the ${rtl ? 'right' : 'left'} is the inline start`);

  // 2. Activating it moves focus to the main content; the next Tab goes on from there.
  await page.keyboard.press('Enter');
  const afterSkip = await describeFocus(page);
  if (!afterSkip.isMain && !afterSkip.inMain) fail(`keyboard: after the skip link, focus is on ${afterSkip.none ? 'the body' : where(afterSkip)}, not in <main>`);
  await page.keyboard.press('Tab');
  const next = await describeFocus(page);
  if (next.none || next.index !== next.firstAfterMain)
    fail(`keyboard: the Tab after the skip link goes to ${next.none ? 'nothing' : where(next)}, not the first focusable thing in <main>`);
  else if (!next.indicator) fail(`focus: ${where(next)} in <main> shows no focus indicator when focused (${next.outline})`);

  // 3. Tab order is document order, and every stop shows focus.
  await page.goto(BASE + p.path, { waitUntil: 'load' });
  const stops = [];
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const f = await describeFocus(page);
    if (f.none) break;
    stops.push(f);
    if (!f.indicator) fail(`focus: ${where(f)} shows no focus indicator when focused (${f.outline})`);
    if (!f.visible || f.rect.width < 1) fail(`focus: ${where(f)} is focusable but not visible`);
  }
  if (stops.length && stops[0].positiveTabindex) fail(`keyboard: ${stops[0].positiveTabindex} element(s) with a positive tabindex break the tab order`);
  const order = stops.map((f) => f.index);
  if (order.some((ix, i) => ix !== i)) fail(`keyboard: Tab does not follow document order: stops at focusables #${order.join(', #')}`);
}

async function checkDirection(page, p, fail) {
  const rtl = RTL_LANGS.has(p.lang);
  const r = await page.evaluate(() => {
    const box = (el) => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return {
        left: r.left,
        right: r.right,
        innerLeft: r.left + parseFloat(cs.paddingLeft) + parseFloat(cs.borderLeftWidth),
        innerRight: r.right - parseFloat(cs.paddingRight) - parseFloat(cs.borderRightWidth),
        dir: cs.direction,
      };
    };
    const html = document.documentElement;
    const q = (s) => document.querySelector(s);
    const out = {
      lang: html.getAttribute('lang'),
      dir: html.getAttribute('dir'),
      bodyDir: getComputedStyle(document.body).direction,
      brand: q('.brand') && box(q('.brand')),
      brandRow: q('.brand') && box(q('.brand').parentElement),
      nav: q('.site-nav li') && box(q('.site-nav li')),
      navRow: q('.site-nav ul') && box(q('.site-nav ul')),
      dirMismatch: [],
      lists: [],
      markers: [],
      arrows: [],
      headings: [],
    };
    for (const el of document.querySelectorAll('[dir]')) {
      const want = el.getAttribute('dir');
      if ((want === 'rtl' || want === 'ltr') && getComputedStyle(el).direction !== want)
        out.dirMismatch.push(`${el.tagName.toLowerCase()}[dir=${want}] computes ${getComputedStyle(el).direction}`);
    }
    // Lists with markers: the indentation must be on the side the text starts.
    for (const el of document.querySelectorAll('main ul, main ol')) {
      const cs = getComputedStyle(el);
      if (cs.listStyleType === 'none' || !el.getClientRects().length) continue;
      out.lists.push({ cls: el.className || el.tagName.toLowerCase(), dir: cs.direction, pl: parseFloat(cs.paddingLeft), pr: parseFloat(cs.paddingRight) });
    }
    // A list item in another direction than its list puts its bullet outside the list's padding,
    // on the other side from its neighbours' (and off the edge of the page).
    for (const li of document.querySelectorAll('main li')) {
      const cs = getComputedStyle(li);
      const list = li.parentElement;
      if (cs.display !== 'list-item' || cs.listStyleType === 'none' || !list) continue;
      const ld = getComputedStyle(list).direction;
      if (cs.direction !== ld) out.markers.push(`"${li.textContent.trim().slice(0, 30)}" is ${cs.direction} in a ${ld} list`);
    }
    // Arrows that show a direction point the way their own text reads.
    for (const a of document.querySelectorAll('a.external')) {
      const t = getComputedStyle(a, '::after').transform;
      const flipped = /^matrix\(-1,/.test(t);
      const d = getComputedStyle(a).direction;
      if (flipped !== (d === 'rtl')) out.arrows.push(`the arrow of "${a.textContent.trim().slice(0, 30)}" (${d}) is ${flipped ? '' : 'not '}mirrored`);
    }
    // Headings: the text hugs the inline-start edge.
    for (const el of document.querySelectorAll('main h1, main h2')) {
      const cs = getComputedStyle(el);
      if (cs.textAlign !== 'start' && cs.textAlign !== 'left' && cs.textAlign !== 'right') continue;
      const range = document.createRange();
      range.selectNodeContents(el);
      // The first line, as the union of its pieces (mixed-direction text comes in several).
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      if (!rects.length) continue;
      const line = rects.filter((r) => Math.abs(r.top - rects[0].top) < rects[0].height / 2);
      const t = { left: Math.min(...line.map((r) => r.left)), right: Math.max(...line.map((r) => r.right)) };
      const b = box(el);
      out.headings.push({ text: el.textContent.trim().slice(0, 30), dir: cs.direction, startGap: cs.direction === 'rtl' ? b.innerRight - t.right : t.left - b.innerLeft, endGap: cs.direction === 'rtl' ? t.left - b.innerLeft : b.innerRight - t.right });
    }
    return out;
  });
  const want = rtl ? 'rtl' : 'ltr';
  if (r.lang !== p.lang) fail(`lang: <html lang="${r.lang}">, expected "${p.lang}"`);
  if (r.dir !== want) fail(`direction: <html dir="${r.dir}">, expected "${want}"`);
  if (r.bodyDir !== want) fail(`direction: the body's computed direction is ${r.bodyDir}, expected ${want}`);
  for (const m of r.dirMismatch) fail(`direction: ${m}`);
  const atStart = (b, row, what) => {
    if (!b || !row) return fail(`direction: no ${what} to check the layout direction with`);
    const gap = rtl ? row.innerRight - b.right : b.left - row.innerLeft;
    if (Math.abs(gap) > 2) fail(`direction: the ${what} is ${Math.round(gap)} px from the ${rtl ? 'right' : 'left'} edge of its row (x ${Math.round(b.left)}–${Math.round(b.right)}, row ${Math.round(row.innerLeft)}–${Math.round(row.innerRight)}); a ${want} page starts it there`);
  };
  atStart(r.brand, r.brandRow, 'brand (site name)');
  atStart(r.nav, r.navRow, 'first item of the site navigation');
  for (const l of r.lists) {
    const start = l.dir === 'rtl' ? l.pr : l.pl;
    const end = l.dir === 'rtl' ? l.pl : l.pr;
    if (!(start > 0 && end === 0)) fail(`direction: list .${l.cls} (${l.dir}) is indented on the wrong side (padding left ${l.pl}, right ${l.pr})`);
  }
  for (const m of r.markers) fail(`direction: list bullet on the wrong side: ${m}`);
  for (const a of r.arrows) fail(`direction: ${a}`);
  for (const h of r.headings) {
    if (h.startGap > 2 || h.endGap < -2) fail(`direction: heading "${h.text}" (${h.dir}) does not start at its ${h.dir === 'rtl' ? 'right' : 'left'} edge (gap ${Math.round(h.startGap)} px)`);
  }
  return r;
}

async function checkReflow(page, p, fail) {
  for (const vp of ZOOM_VIEWPORTS) {
    await page.setViewportSize({ width: vp.width, height: vp.height });
    const r = await page.evaluate(() => {
      const se = document.scrollingElement;
      const vw = se.clientWidth;
      const hidden = (el) => {
        for (let e = el; e && e !== document.body; e = e.parentElement) {
          const cs = getComputedStyle(e);
          if (cs.display === 'none' || cs.visibility === 'hidden') return true;
          if (cs.clipPath && cs.clipPath !== 'none' && /inset\(50%/.test(cs.clipPath)) return true; // visually hidden, for screen readers
        }
        return false;
      };
      const scrolls = (el) => {
        for (let e = el; e && e !== document.body; e = e.parentElement) {
          const o = getComputedStyle(e).overflowX;
          if (o === 'auto' || o === 'scroll') return true;
        }
        return false;
      };
      const clipped = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent.trim()) continue;
        const el = n.parentElement;
        if (!el || hidden(el) || scrolls(el)) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const rect of range.getClientRects()) {
          if (rect.width === 0 || rect.bottom < -50) continue; // the skip link waits above the page
          if (rect.left < -1 || rect.right > vw + 1) {
            clipped.push(`"${n.textContent.trim().slice(0, 40)}" in <${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> at x ${Math.round(rect.left)}–${Math.round(rect.right)}`);
            break;
          }
        }
      }
      for (const el of document.querySelectorAll('body *')) {
        const cs = getComputedStyle(el);
        if ((cs.overflowX === 'hidden' || cs.overflowX === 'clip' || cs.textOverflow === 'ellipsis') && el.scrollWidth > el.clientWidth + 1 && !hidden(el))
          clipped.push(`<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> cuts off its content (${el.scrollWidth} px in ${el.clientWidth} px)`);
      }
      return { scrollWidth: se.scrollWidth, clientWidth: vw, clipped };
    });
    if (r.scrollWidth > r.clientWidth) fail(`zoom: at ${vp.label} the page scrolls sideways (${r.scrollWidth} px wide in ${r.clientWidth} px)`);
    for (const c of r.clipped.slice(0, 5)) fail(`zoom: at ${vp.label} text is cut off: ${c}`);
    if (r.clipped.length > 5) fail(`zoom: at ${vp.label} ${r.clipped.length - 5} more cut-off texts`);
  }
  await page.setViewportSize(DESKTOP);
}

/// With JavaScript on and the real CSP: no console errors, no CSP violations, every request
/// answered; transfer size; keyboard; direction; reflow.
async function checkWithJs(ctx, p, fail, info) {
  const page = await openPage(ctx, p);
  const url = BASE + p.path;
  const problems = [];
  page.on('console', (m) => {
    const text = m.text();
    if (/Content.Security.Policy/i.test(text)) problems.push(`CSP: ${text}`);
    else if (m.type() === 'error') {
      // The browser reports the 404 of a 404 page itself; that one is expected.
      if (p.status === 404 && /status of 404/.test(text) && m.location().url === url) return;
      problems.push(`console error: ${text} (${m.location().url})`);
    }
  });
  page.on('pageerror', (e) => problems.push(`uncaught exception: ${e.message}`));
  let settled = false; // after the first load: later navigations (the keyboard checks reload) abort requests
  page.on('requestfailed', (r) => {
    const why = r.failure()?.errorText ?? '';
    if (!(settled && /ERR_ABORTED/.test(why))) problems.push(`request failed: ${r.url()} (${why})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !(r.url() === url && r.status() === p.status)) problems.push(`${r.status()} for ${r.url()}`);
  });
  // Counts what the page loads over the network, cold cache, compressed, headers included.
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const inflight = new Set();
  const sizes = new Map();
  cdp.on('Network.requestWillBeSent', (e) => inflight.add(e.requestId));
  cdp.on('Network.responseReceived', (e) => sizes.set(e.requestId, { url: e.response.url, bytes: 0 }));
  cdp.on('Network.loadingFinished', (e) => {
    inflight.delete(e.requestId);
    const s = sizes.get(e.requestId);
    if (s) s.bytes = e.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (e) => inflight.delete(e.requestId));

  try {
    const res = await page.goto(url, { waitUntil: 'load' });
    if (!res || res.status() !== p.status) fail(`status: ${res ? res.status() : 'no response'}, expected ${p.status}`);
    // The icon is fetched just after `load`.
    await page.waitForTimeout(150);
    for (let i = 0; i < 50 && inflight.size; i++) await page.waitForTimeout(20);
    // Browsers fetch the icon when they get round to it; count it even if this one has not yet.
    const loaded = new Set([...sizes.values()].map((x) => x.url));
    for (const href of await page.$$eval('link[rel~=icon]', (ls) => ls.map((l) => l.href))) {
      if (loaded.has(href)) continue;
      const r = await get(href);
      sizes.set(href, { url: href, bytes: r.transferred });
    }
    const total = [...sizes.values()].reduce((n, s) => n + s.bytes, 0);
    info.weight = total;
    info.requests = sizes.size;
    if (total > p.kb * 1024)
      fail(`weight: ${kb(total)} transferred, budget ${p.kb} KB:\n${[...sizes.values()].map((s) => `${kb(s.bytes)} ${s.url}`).join('\n')}`);
    await cdp.detach();
    settled = true;

    // The CSP is enforced: the page's own scripts run, but nothing inline or foreign would.
    const csp = res?.headers()['content-security-policy'] ?? '';
    if (!/script-src 'self'/.test(csp) || /unsafe-inline|unsafe-eval/.test(csp)) fail(`CSP: the page is served without the strict policy (${csp || 'none'})`);
    const violations = await page.evaluate(() => window.__cspViolations || []);
    for (const v of violations) problems.push(`CSP violation: ${v}`);

    info.direction = await checkDirection(page, p, fail);
    await checkKeyboard(page, p, fail);
    await checkReflow(page, p, fail);
    // Let the scripts that enhance search boxes work (suggestions as you type), so their errors
    // and CSP violations show up too.
    const boxes = page.locator('input[type=search]');
    for (let i = 0; i < (await boxes.count()); i++) {
      if (!(await boxes.nth(i).isVisible())) continue;
      await boxes.nth(i).pressSequentially(p.form ?? 'pes', { delay: 30 });
      await page.waitForTimeout(400);
      await boxes.nth(i).fill('');
    }
    const late = await page.evaluate(() => window.__cspViolations || []);
    for (const v of late.slice(violations.length)) problems.push(`CSP violation: ${v}`);
    for (const pr of problems) fail(pr);
  } finally {
    await page.close();
  }
}

/// axe-core, injected through a context that bypasses the CSP (a separate one, so the CSP check
/// above sees the real policy).
async function checkAxe(ctx, p, fail, info, axeSource) {
  const page = await openPage(ctx, p);
  try {
    await page.goto(BASE + p.path, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] }),
      AXE_TAGS,
    );
    for (const v of result.violations) {
      const nodes = v.nodes
        .slice(0, 4)
        .map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 220)}`)
        .join('\n');
      fail(`axe ${v.id} (${v.impact}): ${v.help} [${v.nodes.length} element(s)]\n${nodes}`);
    }
    info.incomplete = result.incomplete.map((v) => `${v.id} (${v.nodes.length})`);
  } finally {
    await page.close();
  }
}

/// JavaScript off: the page still answers, shows its content, and its forms still work.
async function checkWithoutJs(ctx, p, fail) {
  const page = await openPage(ctx, p);
  try {
    const res = await page.goto(BASE + p.path, { waitUntil: 'load' });
    if (!res || res.status() !== p.status) fail(`no-JS: status ${res ? res.status() : 'none'}, expected ${p.status}`);
    const main = page.locator('main#content');
    if ((await main.count()) !== 1) return fail('no-JS: no <main id="content">');
    const h1 = ((await page.locator('main h1').first().textContent({ timeout: 2000 }).catch(() => '')) ?? '').trim();
    if (!h1) fail('no-JS: <main> has no heading');
    for (const sel of p.has) {
      if ((await page.locator(`main ${sel}`).count()) === 0) fail(`no-JS: <main> has no ${sel}, which this page type must show`);
    }
    const sheets = await page.evaluate(() => document.styleSheets.length).catch(() => 0);
    if (!sheets) fail('no-JS: the style sheet did not load');
    // Every GET form (the search box in the header, the search page's own, the services filters)
    // submits and leads to a working page without JavaScript.
    const forms = page.locator('form');
    const n = await forms.count();
    if (p.form !== null && !(await page.locator('main form').count())) fail('no-JS: this page type has a form, but there is none in <main>');
    for (let i = 0; i < n; i++) {
      const form = forms.nth(i);
      const method = ((await form.getAttribute('method')) ?? 'get').toLowerCase();
      if (method !== 'get') continue;
      const field = form.locator('input[type=search], input[type=text], input:not([type])').first();
      const submit = form.locator('button[type=submit], button:not([type]), input[type=submit]').first();
      let go;
      if (await field.count()) {
        await field.fill(p.form ?? 'pesel');
        go = () => field.press('Enter');
      } else if (await submit.count()) {
        go = () => submit.click();
      } else {
        fail(`no-JS: form #${i + 1} has neither a text field nor a submit button`);
        continue;
      }
      const [nav] = await Promise.all([page.waitForNavigation({ timeout: 10000 }).catch(() => null), go()]);
      if (!nav || nav.status() !== 200) fail(`no-JS: submitting form #${i + 1} gives ${nav ? nav.status() : 'no page'}`);
      else if (!(await page.locator('main h1').count())) fail(`no-JS: form #${i + 1} leads to a page without a heading (${page.url()})`);
      await page.goto(BASE + p.path, { waitUntil: 'load' });
    }
    if (p.post) await postWithoutJs(page, p, fail);
  } finally {
    await page.close();
  }
}

/// The POST forms with JavaScript off: each answer is a 303 back to the page, whose URL says what
/// to show (`?feedback=no|thanks|demanded`).
async function postWithoutJs(page, p, fail) {
  const click = async (locator, what) => {
    const [nav] = await Promise.all([page.waitForNavigation({ timeout: 10000 }).catch(() => null), locator.click()]);
    if (!nav || nav.status() !== 200) fail(`no-JS: ${what} gives ${nav ? nav.status() : 'no page'}`);
    return nav;
  };
  if (p.post === 'feedback') {
    if (!(await click(page.locator('#feedback button[value=no]'), '"No"'))) return;
    if (!page.url().includes('feedback=no')) fail(`no-JS: "No" leads to ${page.url()}, not the comment box`);
    const box = page.locator('#feedback textarea');
    if (!(await box.count())) return fail('no-JS: after "No" there is no comment box');
    await box.fill('Test from the browser checks: nothing is missing.');
    if (!(await click(page.locator('#feedback button[type=submit]'), 'sending the comment'))) return;
    if (!(await page.locator('#feedback [role=status]').count())) fail(`no-JS: no thank-you after the comment (${page.url()})`);
  } else if (p.post === 'demand') {
    if (!(await click(page.locator('#feedback-demand button[type=submit]'), '"I need this in my language"'))) return;
    if (!(await page.locator('#feedback-demand [role=status]').count())) fail(`no-JS: no thank-you after the demand (${page.url()})`);
  }
}

/// A POST with a form body, as a browser's form sends it; answers like `get` (uncompressed).
function postForm(url, fields, { headers = {} } = {}) {
  const body = new URLSearchParams(fields).toString();
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          'accept-encoding': 'identity',
          ...headers,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.setTimeout(20000, () => req.destroy(new Error(`${url}: no answer in 20 s`)));
    req.on('error', reject);
    req.end(body);
  });
}

/// The refusal page (`templates/refused.html`, shared by the feedback forms and the municipality
/// choice) answers only a POST, so it is not a page type: here a municipality the portal does not
/// know is sent as the list's chooser sends it, in each language. Its HTML goes to the Nu HTML
/// Checker, and axe runs on it served back to the browser at a path of its own (its stylesheet
/// and the rest come from the real server).
async function checkRefusalPages(s, axeCtx, axeSource, htmlStore) {
  for (const lang of DEFAULT_LANGS) {
    const where = `refusal page [${lang}] (POST /my-municipality, unknown place)`;
    const fails = [];
    const fail = (msg) => fails.push(msg);
    try {
      const res = await postForm(
        `${BASE}/my-municipality`,
        { place: 'no-such-place', lang, next: 'municipalities' },
        { headers: { origin: BASE } },
      );
      if (res.status !== 400) fail(`expected 400, got ${res.status}`);
      if (res.headers['set-cookie']) fail(`a refusal set a cookie: ${res.headers['set-cookie']}`);
      const html = res.body.toString('utf8');
      const url = `${BASE}/${lang}/refusal-check`;
      htmlStore.set(url, html);
      const page = await axeCtx.newPage();
      try {
        await page.route(url, (route) =>
          route.fulfill({ status: 400, contentType: 'text/html; charset=utf-8', body: html }),
        );
        await page.goto(url, { waitUntil: 'load' });
        if ((await page.getAttribute('html', 'lang')) !== lang) fail(`<html lang> is not ${lang}`);
        if (!(await page.locator('main h1').count())) fail('no heading in <main>');
        if (!(await page.locator(`main a[href="/${lang}/municipalities"]`).count())) {
          fail(`no link back to /${lang}/municipalities`);
        }
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(
          (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
          AXE_TAGS,
        );
        for (const v of result.violations) fail(`axe ${v.id} (${v.impact}): ${v.help} [${v.nodes.length} element(s)]`);
      } finally {
        await page.close();
      }
    } catch (e) {
      fail(`the check itself failed: ${e.message.split('\n')[0]}`);
    }
    s.notes.push(`${fails.length ? '✗' : '✓'} ${where}`);
    for (const f of fails) s.failures.push(`${where}: ${f}`);
  }
}

async function browserChecks(s, htmlStore) {
  const { chromium } = await import('playwright-core');
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const t0 = Date.now();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  s.notes.push(`Chromium ${browser.version()} (started in ${secs(Date.now() - t0)}), axe-core ${JSON.parse(readFileSync(require.resolve('axe-core/package.json'))).version}, tags ${AXE_TAGS.join(' ')}`);
  try {
    const common = { viewport: DESKTOP, reducedMotion: 'reduce', serviceWorkers: 'block' };
    const jsCtx = await browser.newContext(common);
    await jsCtx.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`));
    });
    const axeCtx = await browser.newContext({ ...common, bypassCSP: true });
    const noJsCtx = await browser.newContext({ ...common, javaScriptEnabled: false });
    const pages = expandPages();
    const rows = await pool(pages, BROWSER_WORKERS, async (p) => {
      const info = {};
      const fails = [];
      const fail = (msg) => fails.push(msg);
      const tp = Date.now();
      for (const [name, step] of [
        ['with JavaScript', () => checkWithJs(jsCtx, p, fail, info)],
        ['axe', () => checkAxe(axeCtx, p, fail, info, axeSource)],
        ['without JavaScript', () => checkWithoutJs(noJsCtx, p, fail)],
      ]) {
        try {
          await step();
        } catch (e) {
          fail(`${name}: the check itself failed: ${e.message.split('\n')[0]}`);
        }
      }
      // The page types go through the Nu HTML Checker too, 404s included.
      try {
        const res = await get(BASE + p.path, { headers: pageHeaders(p) });
        htmlStore.set(BASE + p.path, res.body.toString('utf8'));
      } catch (e) {
        fail(`fetching the HTML for validation failed: ${e.message}`);
      }
      return { p, info, fails, ms: Date.now() - tp };
    });
    // The same problem usually comes from one template or rule and shows on many pages: say it
    // once, with the pages it shows on.
    const grouped = new Map();
    for (const { p, info, fails, ms } of rows) {
      const extra = info.incomplete?.length ? `; axe needs review: ${info.incomplete.join(', ')}` : '';
      s.notes.push(`${fails.length ? '✗' : '✓'} ${p.type} [${p.lang}] ${p.path}: ${info.weight !== undefined ? kb(info.weight) : '?'} in ${info.requests ?? '?'} requests, ${secs(ms)}${extra}`);
      for (const f of fails) {
        if (!grouped.has(f)) grouped.set(f, []);
        grouped.get(f).push(`${p.type} [${p.lang}] ${p.path}`);
      }
    }
    for (const [f, where] of grouped) {
      s.failures.push(where.length === 1 ? `${where[0]}: ${f}` : `${f}\non ${where.length} pages: ${where.join(', ')}`);
    }
    await checkRefusalPages(s, axeCtx, axeSource, htmlStore);
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Printing: the desk's handouts to PDF in Chromium, read back with poppler's pdftotext.

/// A one-line message of `locales/<lang>/<file>`, as the translators wrote it.
function message(lang, file, id) {
  const text = readFileSync(new URL(`../../locales/${lang}/${file}`, import.meta.url), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith(`${id} = `));
  if (!line) throw new Error(`no message ${id} in locales/${lang}/${file}`);
  return line.slice(id.length + 3);
}

/// Text as pdftotext gives it, comparable with the page's: Arabic presentation forms folded to
/// letters (NFKC), bidi embedding and isolate marks dropped, runs of white space made one space.
function plain(text) {
  return text.normalize('NFKC').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
}

/// Whether `needle` is in the PDF's text. A right-to-left run may come out of pdftotext in visual
/// order (reversed word by word), so an Arabic needle is also looked for reversed.
function inPdf(text, needle) {
  const n = plain(needle);
  if (text.includes(n)) return true;
  const reversed = n.split(' ').reverse().join(' ');
  const mirrored = [...n].reverse().join('');
  return text.includes(reversed) || text.includes(mirrored);
}

async function printChecks(s) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const dir = mkdtempSync(join(tmpdir(), 'witaj-print-'));
  try {
    const ctx = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'block' });
    await ctx.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`));
    });
    for (const p of PRINTS) {
      const t0 = Date.now();
      const fails = [];
      const fail = (m) => fails.push(`print ${p.name} ${p.path}: ${m}`);
      const page = await ctx.newPage();
      page.on('console', (m) => {
        if (/Content.Security.Policy/i.test(m.text()) || m.type() === 'error') fail(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => fail(`uncaught exception: ${e.message}`));
      page.on('requestfailed', (r) => fail(`request failed: ${r.url()} (${r.failure()?.errorText ?? ''})`));
      page.on('response', (r) => {
        if (r.status() >= 400) fail(`${r.status()} for ${r.url()}`);
      });
      try {
        const res = await page.goto(BASE + p.path, { waitUntil: 'load' });
        if (!res || res.status() !== 200) fail(`status ${res ? res.status() : 'none'}`);
        const lang = await page.evaluate(() => document.documentElement.lang);
        if (lang !== p.lang) fail(`<html lang="${lang}">, expected "${p.lang}"`);
        // Every QR code on the page is a loaded image.
        const broken = await page.$$eval('img', (imgs) => imgs.filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.src));
        for (const b of broken) fail(`image not loaded: ${b}`);
        const pdf = join(dir, `${p.name}.pdf`);
        await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
        if (SCREENSHOTS) {
          await page.emulateMedia({ media: 'print' });
          await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
          await page.screenshot({ path: join(SCREENSHOTS, `handout-${p.name}.png`) });
          await page.emulateMedia({ media: 'screen' });
          await page.setViewportSize(DESKTOP);
        }
        const violations = await page.evaluate(() => window.__cspViolations || []);
        for (const v of violations) fail(`CSP violation: ${v}`);
        const out = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
        if (out.code !== 0) {
          fail(`pdftotext failed: ${out.stderr}`);
          continue;
        }
        const text = plain(out.stdout);
        const pages = (out.stdout.match(/\f/g) ?? []).length;
        for (const want of p.expect(message)) if (!inPdf(text, want)) fail(`the PDF lacks "${want}"`);
        for (const not of p.forbid(message)) if (inPdf(text, not)) fail(`the PDF has "${not}", which print must hide`);
        // `a[href^=http]::after` prints " (https://…)". On a right-to-left line pdftotext writes
        // it character by character in visual order, reversed: either way counts.
        const followed = /\(https?:\/\/[^\s()]+\)/;
        if (!followed.test(text) && !followed.test([...text].reverse().join(''))) fail('no external link is followed by its address in the PDF');
        s.notes.push(`${fails.length ? '✗' : '✓'} ${p.name}: ${pages} A4 page(s), ${text.length} characters of text, ${secs(Date.now() - t0)}`);
      } catch (e) {
        fail(`the check itself failed: ${e.message.split('\n')[0]}`);
      } finally {
        await page.close();
      }
      s.failures.push(...fails);
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// Signed in (issue 10): an organisation edits its service (the staff's languages, the hours
// through the week editor), an editor approves, the public pages show it; axe-core on every page
// on the way and on SIGNED_IN_PAGES. The accounts are seeded by tests/browser.rs, which names a
// JSON file in WITAJ_ACCOUNT_SEED: { organisation, editor (invitation paths), password, service }.

async function accountChecks(s) {
  const seedFile = process.env.WITAJ_ACCOUNT_SEED;
  if (!seedFile) {
    s.notes.push('skipped: no WITAJ_ACCOUNT_SEED (tests/browser.rs seeds the accounts)');
    return;
  }
  const seed = JSON.parse(readFileSync(seedFile, 'utf8'));
  const { chromium } = await import('playwright-core');
  const { SIGNED_IN_PAGES, SIGNED_IN_LANGS } = await import('./pages.mjs');
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  let checked = 0;
  const axe = async (page, what) => {
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
      AXE_TAGS,
    );
    checked += 1;
    for (const v of result.violations) {
      const nodes = v.nodes
        .slice(0, 4)
        .map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 220)}`)
        .join('\n');
      s.failures.push(`${what}: axe ${v.id} (${v.impact}): ${v.help} [${v.nodes.length} element(s)]\n${nodes}`);
    }
  };
  const expect = (ok, what) => {
    if (!ok) s.failures.push(what);
    return ok;
  };
  // One context per account; axe is injected, so these bypass the CSP (the account pages' CSP is
  // the site's, checked on the sign-in page above).
  const signIn = async (role) => {
    const ctx = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'block', bypassCSP: true });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => s.failures.push(`${role}: uncaught ${e.message}`));
    await page.goto(BASE + seed[role]);
    await page.fill('#password', seed.password);
    await page.fill('#password2', seed.password);
    await Promise.all([page.waitForURL(/\/account\/\?lang=/), page.click('form.account-form button[type=submit]')]);
    return { ctx, page };
  };
  const submit = async (page, selector) => {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.click(selector),
    ]);
    await page.waitForLoadState('load');
    return response.status();
  };
  try {
    const edit = `/account/services/${seed.service}/edit?lang=pl`;
    const org = await signIn('organisation');
    await axe(org.page, 'dashboard (organisation, signed in)');
    await org.page.goto(BASE + edit);
    // The staff speak Ukrainian; open Monday to Friday 09:00-15:00, in the week editor's rows.
    await org.page.check('#language-uk');
    // The hours come from the week editor's rows, not the typed expression (a service whose
    // hours the rows cannot hold, `PH off` say, opens with the expression chosen).
    await org.page.check('#hours-from-week');
    for (const d of ['mo', 'tu', 'we', 'th', 'fr']) {
      await org.page.fill(`#week-${d}-from1`, '09:00');
      await org.page.fill(`#week-${d}-to1`, '15:00');
    }
    // A Saturday with an opening time and no closing time: the server's problem, on its field
    // (the browser's own validation cannot see it).
    // The service's real hours leave Saturday closed: the visitor unticks "closed" first (times
    // under a ticked "closed" are refused with their own problem, tests/accounts/moderation.rs).
    await org.page.uncheck('#week-sa-closed');
    await org.page.fill('#week-sa-from1', '10:00');
    const refused = await submit(org.page, 'form.service-form button[type=submit]');
    expect(refused === 400, `a half-given Saturday: expected 400, got ${refused}`);
    expect(await org.page.isVisible('#week-sa-to1-error'), 'the problem is shown next to its field');
    expect((await org.page.getAttribute('#week-sa-to1', 'aria-describedby')) === 'week-sa-to1-error', 'the field is described by its problem');
    expect((await org.page.inputValue('#week-mo-from1')) === '09:00', 'the week editor keeps what was typed');
    expect(await org.page.isChecked('#language-uk'), 'the languages keep what was ticked');
    await axe(org.page, 'service form, problems shown');
    await org.page.fill('#week-sa-from1', '');
    const sent = await submit(org.page, 'form.service-form button[type=submit]');
    expect(sent === 303 || sent === 200, `the edit: expected 303, got ${sent}`);
    const pending = message('pl', 'moderation.ftl', 'moderation-state-pending');
    expect((await org.page.textContent('main')).includes(pending), `the dashboard says "${pending}"`);
    await axe(org.page, 'dashboard, change pending');

    const editor = await signIn('editor');
    await editor.page.goto(`${BASE}/account/review?lang=pl`);
    await axe(editor.page, 'review queue, one pending');
    await Promise.all([editor.page.waitForLoadState('load'), editor.page.click('main table a[href*="/account/review/"]')]);
    expect((await editor.page.textContent('main')).includes('09:00-15:00'), 'the review shows the new hours');
    await axe(editor.page, 'review item');
    const approved = await submit(editor.page, 'button[value=approve]');
    expect(approved === 303 || approved === 200, `approving: expected 303, got ${approved}`);
    expect(editor.page.url().includes('/account/review'), `after approving: back on the queue, not ${editor.page.url()}`);

    const visitor = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'block' });
    const pub = await visitor.newPage();
    await pub.goto(`${BASE}/pl/services?speaks=uk`);
    expect((await pub.locator(`main a[href="/pl/services/${seed.service}"]`).count()) > 0, `/pl/services?speaks=uk lists ${seed.service}`);
    await pub.goto(`${BASE}/pl/services/${seed.service}`);
    expect((await pub.textContent('main')).includes('Українська'), 'the service page names Ukrainian');
    await visitor.close();

    const roles = { organisation: org.ctx, editor: editor.ctx };
    for (const p of SIGNED_IN_PAGES) {
      for (const lang of p.langs ?? SIGNED_IN_LANGS) {
        const path = p.path.replaceAll('{lang}', lang).replaceAll('{service}', seed.service);
        const page = await roles[p.role].newPage();
        try {
          const resp = await page.goto(BASE + path, { waitUntil: 'load' });
          if (!expect(resp.status() === (p.status ?? 200), `${p.type} ${path}: status ${resp.status()}`)) continue;
          for (const sel of p.has ?? []) {
            expect((await page.locator(`main ${sel}`).count()) > 0, `${p.type} ${path}: no ${sel} in <main>`);
          }
          await axe(page, `${p.type} ${path}`);
        } finally {
          await page.close();
        }
      }
    }
    s.notes.push(`signed in as an organisation and an editor; axe-core on ${checked} pages; the edit was approved and published`);
  } finally {
    await browser.close();
  }
}

async function main() {
  const htmlStore = new Map(); // url -> HTML, for the Nu HTML Checker
  try {
    await get(`${BASE}/healthz`);
  } catch (e) {
    console.error(`the server at ${BASE} does not answer: ${e.message}`);
    process.exit(2);
  }
  if (ONLY.has('browser')) {
    const s = section('browser: axe-core WCAG 2.1 A+AA, keyboard, focus, zoom/reflow, right-to-left, no-JS, console and CSP, weight');
    try {
      await browserChecks(s, htmlStore);
    } catch (e) {
      s.failures.push(`the browser checks could not run: ${e.stack ?? e}`);
    }
    s.ms = Date.now() - s.t0;
  }
  if (ONLY.has('print')) {
    const s = section('print: desk handouts to PDF (A4) in Chromium, no console or CSP errors, text read back with pdftotext');
    try {
      await printChecks(s);
    } catch (e) {
      s.failures.push(`the print checks could not run: ${e.stack ?? e}`);
    }
    s.ms = Date.now() - s.t0;
  }
  if (ONLY.has('account')) {
    const s = section('account: signed in, an organisation edits (week editor), an editor approves, axe-core on every account page');
    try {
      await accountChecks(s);
    } catch (e) {
      s.failures.push(`the account checks could not run: ${e.stack ?? e}`);
    }
    s.ms = Date.now() - s.t0;
  }
  if (ONLY.has('crawl') || ONLY.has('vnu')) {
    const s = section('crawl: links, images and assets from /sitemap.xml and every home page; weight of every page');
    try {
      await crawl(s, htmlStore);
    } catch (e) {
      s.failures.push(`the crawl could not run: ${e.stack ?? e}`);
    }
    s.ms = Date.now() - s.t0;
    if (!ONLY.has('crawl')) sections.splice(sections.indexOf(s), 1);
  }
  if (ONLY.has('vnu')) {
    const s = section('Nu HTML Checker (vnu-jar): errors in every page found');
    try {
      await validate(s, htmlStore);
    } catch (e) {
      s.failures.push(`the Nu HTML Checker could not run: ${e.stack ?? e}`);
    }
    s.ms = Date.now() - s.t0;
  }
  const failed = printReport();
  process.exit(failed ? 1 : 0);
}

await main();
