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
  // One range per text node a match touches, so text between two lines (a part's band) stays unmarked.
  const found = occurrences(text, phrase);
  const ranges: Range[] = [];
  for (const at of found) {
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
  }
  CSS.highlights.set('search', new Highlight(...ranges));
  const note = document.querySelector<HTMLElement>('#search-note');
  if (note) {
    note.textContent = found.length > 0 ? `已标出“${phrase.trim()}”${found.length} 处。` : `本篇没有“${phrase.trim()}”。`;
    note.hidden = false;
  }
}
