// On a sample page reached from search (`?hl=以文辅政#h-2-1`): highlight every match of the
// phrase in the text, also where it runs across lines, and say how many there are; land on the
// first match of the linked section (of the page without one) and step through them with
// 上一处 / 下一处 (or N / Shift+N). A page without a phrase runs nothing past the first check.
import { searchable } from '../lib/search/encode.ts';
import { landingMatch, matchCounter, stepMatch } from '../lib/search/landing.ts';
import { occurrences } from '../lib/search/matches.ts';

const phrase = new URLSearchParams(location.search).get('hl') ?? '';
const article = document.querySelector<HTMLElement>('article[data-src-file]');
if (phrase.trim() !== '' && article && 'highlights' in CSS) {
  // The searchable text of the page's source lines, and where each of its characters sits in the DOM.
  const nodes: { node: Text; offset: number }[] = [];
  let text = '';
  for (const line of article.querySelectorAll<HTMLElement>('h1 [data-src-line], .gongwen [data-src-line]')) {
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (n.parentElement?.closest('[data-pagefind-ignore]')) continue;
      const data = n.data;
      for (let i = 0; i < data.length; i++) {
        if (searchable(data[i]!) === '') continue;
        nodes.push({ node: n, offset: i });
        text += data[i];
      }
    }
  }
  const length = searchable(phrase).length;
  // Per match, one range per text node it touches, so text between two lines (a part's band) stays unmarked.
  const found = occurrences(text, phrase);
  const matches = found.map((at) => {
    const ranges: Range[] = [];
    for (let i = at; i < at + length;) {
      const { node, offset } = nodes[i]!;
      let end = i;
      while (end + 1 < at + length && nodes[end + 1]!.node === node) end++;
      const range = new Range();
      range.setStart(node, offset);
      range.setEnd(node, nodes[end]!.offset + 1);
      ranges.push(range);
      i = end + 1;
    }
    return ranges;
  });
  CSS.highlights.set('search', new Highlight(...matches.flat()));
  const note = document.querySelector<HTMLElement>('#search-note');
  if (note) {
    note.textContent = found.length > 0 ? `已标出“${phrase.trim()}”${found.length} 处。` : `本篇没有“${phrase.trim()}”。`;
    note.hidden = false;
  }
  const gongwen = article.querySelector('.gongwen');
  if (matches.length > 0 && gongwen) {
    // Where the link's section starts in the text: its first character, or the first one after it.
    const target = location.hash === '' ? null : document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const from =
      target && article.contains(target)
        ? nodes.findIndex(({ node }) => target.contains(node) || target.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)
        : 0;
    let k = landingMatch(found, from === -1 ? text.length : from);

    // The navigator follows the text: sticky at the bottom of the window while the text is in view.
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]>) =>
      Object.assign(document.createElement(tag), props);
    const nav = el('div', { id: 'match-nav', className: 'match-nav no-print' });
    nav.setAttribute('role', 'group');
    nav.setAttribute('aria-label', `“${phrase.trim()}”所在位置`);
    nav.dataset.pagefindIgnore = '';
    nav.dataset.total = String(matches.length);
    const count = el('span', { className: 'match-count' });
    count.setAttribute('aria-hidden', 'true');
    const spoken = el('span', { className: 'sr-only' });
    spoken.setAttribute('role', 'status');
    const button = (label: string, delta: number, keys: string) => {
      const b = el('button', { type: 'button', textContent: label });
      b.dataset.match = delta > 0 ? 'next' : 'prev';
      b.setAttribute('aria-keyshortcuts', keys);
      b.addEventListener('click', () => go(delta, false));
      return b;
    };
    nav.append(count, spoken, button('上一处', -1, 'Shift+N'), button('下一处', 1, 'N'));
    gongwen.after(nav);

    const current = new Highlight();
    current.priority = 1;
    CSS.highlights.set('search-current', current);
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');
    /** Mark match k as the current one and bring it into view; `focusText` moves focus to its line. */
    const show = (smooth: boolean, focusText: boolean) => {
      const ranges = matches[k]!;
      current.clear();
      for (const r of ranges) current.add(r);
      nav.dataset.current = String(k + 1);
      const counter = matchCounter(k, matches.length);
      count.textContent = counter.shown;
      spoken.textContent = counter.spoken;
      // Scroll only when the match is not clear of the window's edges and the navigator; then put it a third down.
      const box = ranges[0]!.getBoundingClientRect();
      const bottom = innerHeight - nav.offsetHeight - 16;
      if (box.top < 16 || box.bottom > bottom)
        scrollTo({ top: scrollY + box.top - innerHeight / 3, behavior: smooth && !reduceMotion.matches ? 'smooth' : 'instant' });
      if (focusText) {
        // Screen readers read the line, and Tab goes on from there.
        const line = ranges[0]!.startContainer.parentElement?.closest<HTMLElement>('[data-src-line]');
        line?.setAttribute('tabindex', '-1');
        line?.focus({ preventScroll: true });
      }
    };
    const go = (delta: number, focusText: boolean) => {
      k = stepMatch(k, matches.length, delta);
      show(true, focusText);
    };
    document.addEventListener('keydown', (e) => {
      const t = e.target as HTMLElement;
      if (e.key.toLowerCase() !== 'n' || e.ctrlKey || e.metaKey || e.altKey) return;
      if (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
      e.preventDefault();
      // From the navigator, focus stays on it; from the text, it follows the match.
      go(e.shiftKey ? -1 : 1, !nav.contains(t));
    });
    // The browser scrolls to the link's section and moves focus away once the page has loaded: land after it.
    const land = () => requestAnimationFrame(() => show(false, true));
    if (document.readyState === 'complete') land();
    else addEventListener('load', land, { once: true });
  }
}
