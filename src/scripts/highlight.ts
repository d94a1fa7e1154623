// On a sample page reached from search (`?hl=以文辅政#h-2-1`): highlight every match of the
// phrase in the text, also where it runs across lines, and say how many there are.
import { searchable } from '../lib/search/encode.ts';
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
  const ranges = occurrences(text, phrase).map((at) => {
    const range = new Range();
    const first = nodes[at]!;
    const last = nodes[at + length - 1]!;
    range.setStart(first.node, first.offset);
    range.setEnd(last.node, last.offset + 1);
    return range;
  });
  CSS.highlights.set('search', new Highlight(...ranges));
  const note = document.querySelector<HTMLElement>('#search-note');
  if (note) {
    note.textContent = ranges.length > 0 ? `已标出“${phrase.trim()}”${ranges.length} 处。` : `本篇没有“${phrase.trim()}”。`;
    note.hidden = false;
  }
}
