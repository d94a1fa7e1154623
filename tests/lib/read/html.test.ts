import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/import/errors.ts';
import { readHtml } from '../../../src/lib/read/html.ts';
import { formatOf, readSource } from '../../../src/lib/read/formats.ts';
import type { ReadText } from '../../../src/lib/read/reader.ts';
import { analysisJson, analyzeSource } from '../../../src/lib/source.ts';

const FIXTURES = new URL('../../fixtures/formats/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
const sameTxt = readFileSync(new URL('same.txt', FIXTURES), 'utf8');
const utf8 = (text: string) => new TextEncoder().encode(text);
const bare = (text: string) => text.replace(/\s/g, '');
/** same.txt as a page shows it: a line per paragraph, no blank lines (the title's two spaces are `&nbsp;`). */
const sameLines = sameTxt
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '');
const chromeOf = (r: ReadText) => r.normalisations.find((n) => n.kind === 'chrome')?.count ?? 0;

/** What the engine makes of a text, but for line numbers (a page has no blank lines, the text file has). */
function engineView(text: string) {
  const { samples } = analyzeSource(utf8(text), 'view.txt');
  return samples.map((s) => {
    const { outline, parts, anomalies, ...rest } = analysisJson(s);
    return {
      ...rest,
      outline: outline.map(({ line: _, ...h }) => h),
      parts: parts.map((p) => p.role),
      anomalies: anomalies.map((a) => a.kind),
    };
  });
}

/** A small UTF-8 page: the given head and article inside a menu, a related list and a footer. */
function page(article: string, head = '<meta charset="utf-8"><title>工作总结_范文网</title>'): string {
  return `<!DOCTYPE html><html><head>${head}</head><body>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/a/">工作总结</a></li></ul>
<div class="main">${article}</div>
<div class="related"><h3>相关范文</h3><ul><li><a href="/1">某某工作总结</a></li></ul></div>
<div class="footer">Copyright © 2020 范文网 版权所有</div></body></html>`;
}
const PARAGRAPHS = [
  '今年以来，办公室在局党组的坚强领导下，紧紧围绕中心工作，较好地完成了各项任务。',
  '一、主要工作',
  '（一）强化办文办会。全年共处理各类文件XXX件，组织召开各类会议XX次。',
  '二、下一步打算',
  '进一步提高服务水平，推动办公室工作再上新台阶。',
];
const article = (paragraphs = PARAGRAPHS) =>
  `<h1>办公室2020年工作总结</h1><div class="content">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>`;

describe('same.html: a GBK page of same.txt saved from a 范文 site', () => {
  const read = readHtml(fixture('same.html'), 'same.html');

  it('reads as same.txt (but its final line end): a line per paragraph, the notice, the two title lines and a blank line first', async () => {
    expect(`${(await read).text}\n`).toBe(sameTxt);
    expect(bare((await read).text)).toBe(bare(sameTxt));
  });

  it('keeps every line of the article', async () => {
    const lines = new Set((await read).text.split('\n'));
    for (const line of sameLines) expect(lines).toContain(line);
  });

  it('gives the engine the same title and outline as same.txt', async () => {
    expect(engineView((await read).text)).toEqual(engineView(sameTxt));
  });

  it('drops each block of the site chrome and says how many', async () => {
    const { text } = await read;
    for (const chrome of [
      '登录',
      '首页',
      '当前位置',
      '时间：',
      '浏览',
      '下载Word',
      '上一篇',
      '下一篇',
      '相关范文',
      '热门',
      'Copyright',
      '侵权',
      '统计',
    ])
      expect(text).not.toContain(chrome);
    // topbar 1, logo 1, menu 6, breadcrumb 1, ad 1, info line 1, download prompt 1, 上一篇/下一篇 2,
    // 相关范文 4, 热门范文 4, tags 2, footer 3.
    expect(chromeOf(await read)).toBe(27);
  });

  it('takes the canonical link as the address, before og:url and the "saved from" comment', async () => {
    expect((await read).url).toBe('https://fanwen.example.com/zongjie/bangongshi/20200106/8421.html');
  });

  it('is what the registry reads for .html and .htm', async () => {
    expect(formatOf('x.HTM')).toBe('html');
    expect(await readSource(fixture('same.html'), 'same.htm')).toEqual(await read);
  });
});

describe('page-br.html: a UTF-8 page whose article is one div of <br> lines', () => {
  const read = readHtml(fixture('page-br.html'), 'page-br.html');

  it('reads as page-br.txt: the h1 title and a blank line, then a line per <br> line', async () => {
    expect((await read).text).toBe(readFileSync(new URL('page-br.txt', FIXTURES), 'utf8'));
  });

  it('drops the 相关范文 list, the info line and the copy prompt; the address is og:url', async () => {
    const r = await read;
    expect(r.text).not.toMatch(/相关范文|发布时间|温馨提示|首页/);
    // topbar 1, logo 1, menu 6, breadcrumb 1, ad 1, info line 1, copy prompt 1, 相关范文 4, sidebar 6, footer 3.
    expect(chromeOf(r)).toBe(25);
    expect(r.url).toBe('https://fanwen.example.com/a/100.html');
  });
});

describe('same.mhtml: the same page saved by Chrome as one file', () => {
  it('reads its quoted-printable page part as same.html reads', async () => {
    const r = await readSource(fixture('same.mhtml'), 'same.mhtml');
    expect(formatOf('x.mht')).toBe('html');
    expect(`${r.text}\n`).toBe(sameTxt);
    expect(chromeOf(r)).toBe(27);
    expect(r.url).toBe('https://fanwen.example.com/zongjie/bangongshi/20200106/8421.html');
  });

  it('reads a base64 page part, its charset from the part header, its address from Content-Location', async () => {
    const html = new TextDecoder('latin1').decode(fixture('same.html')).replace(/<link rel="canonical"[^>]*>/, '');
    const base64 = btoa(html).replace(/.{76}/g, '$&\r\n');
    const mime = [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; type="text/html"; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/html; charset="gbk"',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://fanwen.example.com/x.html',
      '',
      base64,
      '--b1--',
    ].join('\r\n');
    const r = await readHtml(utf8(mime), 'x.mht');
    expect(`${r.text}\n`).toBe(sameTxt);
    // The "saved from" comment comes before the part's location.
    expect(r.url).toBe('https://m.fanwen.example.com/zongjie/bangongshi/8421.html');
    const noComment = btoa(html.replace(/<!-- saved from[^>]*>/, '')).replace(/.{76}/g, '$&\r\n');
    expect((await readHtml(utf8(mime.replace(base64, noComment)), 'x.mht')).url).toBe('https://fanwen.example.com/x.html');
  });
});

describe('a single-part .mht', () => {
  it('is its body, read as a page', async () => {
    const mime = `MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\nContent-Location: https://c.example/3.html\r\n\r\n${page(article())}`;
    const r = await readHtml(utf8(mime), 'x.mht');
    expect(r.text.split('\n')).toEqual(['办公室2020年工作总结', '', ...PARAGRAPHS]);
    expect(r.url).toBe('https://c.example/3.html');
  });
});

describe('the address', () => {
  it('is og:url, else the "saved from" comment, else null', async () => {
    const og = page(article(), '<meta charset="utf-8"><meta property="og:url" content="https://a.example/1.html">');
    expect((await readHtml(utf8(og), 'a.html')).url).toBe('https://a.example/1.html');
    const saved = `<!-- saved from url=(0025)https://b.example/2.html -->\n${page(article())}`;
    expect((await readHtml(utf8(saved), 'b.html')).url).toBe('https://b.example/2.html');
    expect((await readHtml(utf8(page(article())), 'c.html')).url).toBeNull();
  });
});

describe('encodings', () => {
  const gbk = fixture('same.html');
  const ascii = new TextDecoder('latin1').decode(gbk);

  it('an undeclared GBK page is read by the text reader’s guess', async () => {
    const undeclared = ascii.replace(/<meta http-equiv[^>]*>/, '');
    const r = await readHtml(
      Uint8Array.from(undeclared, (c) => c.charCodeAt(0)),
      'x.html',
    );
    expect(`${r.text}\n`).toBe(sameTxt);
  });

  it('a UTF-8 page declared gb2312 (re-saved by an editor) is read as UTF-8', async () => {
    const html = page(article(), '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
    expect((await readHtml(utf8(html), 'x.html')).text.split('\n')).toEqual(['办公室2020年工作总结', '', ...PARAGRAPHS]);
  });

  it('a UTF-16 page with its BOM', async () => {
    const html = page(article());
    const bytes = new Uint8Array(2 + html.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let k = 0; k < html.length; k++) bytes.set([html.charCodeAt(k) & 0xff, html.charCodeAt(k) >> 8], 2 + 2 * k);
    expect((await readHtml(bytes, 'x.html')).text.split('\n')).toEqual(['办公室2020年工作总结', '', ...PARAGRAPHS]);
  });
});

describe('text is data', () => {
  it('decodes entities, drops scripts, styles and comments, and leaves no markup', async () => {
    const html = page(
      `<h1>关于&lt;b&gt;标签&amp;实体的总结</h1><div class="content">
<p>第一段&ldquo;引号&rdquo;、&#x4E00;&#20108;三，全角空格&#12288;在中间。</p><script>document.write("<p>脚本</p>")</script>
<style>p{color:red}</style><!-- <p>注释</p> --><p>第二段，<b>加粗</b>与<a href="/x">链接</a>都只是文字。</p>
<noscript><p>请开启脚本</p></noscript></div>`,
    );
    const r = await readHtml(utf8(html), 'x.html');
    expect(r.text.split('\n')).toEqual([
      '关于<b>标签&实体的总结',
      '',
      '第一段“引号”、一二三，全角空格\u3000在中间。',
      '第二段，加粗与链接都只是文字。',
    ]);
  });
});

describe('the article is never cut', () => {
  it('keeps lines that look like chrome words but belong to the text', async () => {
    const paragraphs = [
      '时间：2020年1月6日下午，地点：三楼会议室。',
      '来源于群众、服务于群众，是办公室工作的根本。',
      '不能简单复制粘贴上级文件，要结合实际抓落实。',
      '下一步工作打算',
      '一是加强学习，二是改进作风，三是提升能力。',
      '相关单位要密切配合，形成工作合力。',
    ];
    const r = await readHtml(utf8(page(article(paragraphs))), 'x.html');
    expect(r.text.split('\n')).toEqual(['办公室2020年工作总结', '', ...paragraphs]);
  });

  it('without an h1, the page title leads the article', async () => {
    const html = page(
      `<div class="content">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>`,
      '<meta charset="utf-8"><title>某局办公室2020年工作总结_工作总结_范文网</title>',
    );
    expect((await readHtml(utf8(html), 'x.html')).text.split('\n')).toEqual(['某局办公室2020年工作总结', '', ...PARAGRAPHS]);
  });

  it('a site name in an h1 far from the article is not its title', async () => {
    const html = page(
      `<div class="wrap"><div class="box"><div class="inner"><div class="col"><div class="content">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></div></div></div></div>`,
      '<meta charset="utf-8"><title>某局办公室2020年工作总结_范文网</title>',
    ).replace('<ul class="menu">', '<div class="top"><h1>范文网</h1></div><ul class="menu">');
    expect((await readHtml(utf8(html), 'x.html')).text.split('\n')).toEqual(['某局办公室2020年工作总结', '', ...PARAGRAPHS]);
  });

  it('a page title the article already begins with is not repeated', async () => {
    const lines = ['某局办公室2020年工作总结', ...PARAGRAPHS];
    const html = page(
      `<div class="content">${lines.map((p) => `<p>${p}</p>`).join('')}</div>`,
      '<meta charset="utf-8"><title>某局办公室2020年工作总结_范文网</title>',
    );
    expect((await readHtml(utf8(html), 'x.html')).text.split('\n')).toEqual(lines);
  });

  it('a Word document saved as a web page reads as its paragraphs, without its stale title property', async () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered)">
<title>Document1</title><!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>admin</o:Author></o:DocumentProperties></xml><![endif]-->
<style><!-- p.MsoNormal {margin:0cm;} --></style></head><body lang=ZH-CN><div class=WordSection1>
<p class=MsoTitle align=center><span style='font-family:方正小标宋简体'>办公室2020年工作总结<o:p></o:p></span></p>
<p class=MsoNormal><span>&nbsp;</span></p>
${PARAGRAPHS.map((p) => `<p class=MsoNormal style='text-indent:32.0pt'><span>${p}<o:p></o:p></span></p>`).join('\n')}
</div></body></html>`;
    const r = await readHtml(utf8(html), 'x.htm');
    expect(r.text.split('\n')).toEqual(['办公室2020年工作总结', ...PARAGRAPHS]);
    expect(r.normalisations).toEqual([]);
  });

  it('a table of the article reads as a line per cell', async () => {
    const html = page(`<h1>办公室2020年工作总结</h1><div class="content"><p>${PARAGRAPHS[0]}</p>
<table><tr><td>项目</td><td>完成情况，较上年增长XX%。</td></tr><tr><td>办文</td><td>XXX件，全部按时办结。</td></tr></table><p>${PARAGRAPHS[4]}</p></div>`);
    expect((await readHtml(utf8(html), 'x.html')).text.split('\n')).toEqual([
      '办公室2020年工作总结',
      '',
      PARAGRAPHS[0],
      '项目',
      '完成情况，较上年增长XX%。',
      '办文',
      'XXX件，全部按时办结。',
      PARAGRAPHS[4],
    ]);
  });
});

describe('bad files', () => {
  const refused = async (bytes: Uint8Array, reason: RegExp) => {
    const error = await readHtml(bytes, 'bad.html').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ file: 'bad.html', message: expect.stringMatching(reason) });
  };

  it('an empty file', () => refused(new Uint8Array(0), /文件为空/));
  it('binary bytes', () => refused(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /二进制/));
  it('a page without an article', () =>
    refused(utf8(page('<div class="list"><a href="/1">工作总结</a><a href="/2">工作计划</a></div>')), /没有找到正文/));
  it('an .mhtml without a page part', () =>
    refused(
      utf8(
        'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n',
      ),
      /MHTML/,
    ));
});

describe('pathological pages stay linear', () => {
  // Timed by hand (see the report in docs): a 200,000-deep page in about 0.3 s; here, that it reads at all.
  it('a page nested 50,000 deep, with stray end tags, reads its article', async () => {
    const deep = '<div>'.repeat(50_000) + article() + '</span>'.repeat(50_000) + '</div>'.repeat(50_000);
    expect((await readHtml(utf8(page(deep)), 'x.html')).text.split('\n')).toEqual(['办公室2020年工作总结', '', ...PARAGRAPHS]);
  });
});
