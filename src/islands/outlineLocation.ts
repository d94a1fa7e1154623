/**
 * Where the reader is, in the 提纲: the entry of the last part or heading whose top has passed a
 * line 48 px below the top of the screen (below where a link to it lands) carries `aria-current="location"` in both lists (the phone's and the
 * sticky column, which scrolls to keep it in view); above the text, the last such entry stays marked.
 * The floating 提纲 link opens the phone's list at that entry. The page works without this: the lists and the link are plain fragment links.
 */

const nav = document.querySelector<HTMLElement>('nav.toc');
const list = nav?.querySelector<HTMLDetailsElement>('details[data-outline]');
if (nav && list) {
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('[data-outline] a, [data-outline-wide] a')];
  // The outline lists parts and headings in text order, so their tops only grow down the list.
  const targets = [...new Set(links.map((a) => a.getAttribute('href')!.slice(1)))]
    .map((id) => document.getElementById(id))
    .filter((el) => el !== null);
  let current: string | null = null;
  const LINE = 48;

  const update = () => {
    let id: string | null = null;
    let at = -Infinity;
    for (const el of targets) {
      const top = el.getBoundingClientRect().top;
      if (top > LINE) break;
      // Of headings sharing a line (一是…二是… in one paragraph), the first is where a link to the line lands.
      if (top > at + 1) [id, at] = [el.id, top];
    }
    // Above the text (in the 提纲 itself) the last place stays marked: it is where the reader will go back to.
    if (id === null || id === current) return;
    current = id;
    for (const a of links) {
      if (a.getAttribute('href') !== `#${id}`) a.removeAttribute('aria-current');
      else {
        a.setAttribute('aria-current', 'location');
        // The sticky column scrolls on its own; the phone's list is part of the page and is left alone.
        if (a.offsetParent && nav.scrollHeight > nav.clientHeight) {
          const box = a.getBoundingClientRect();
          const view = nav.getBoundingClientRect();
          if (box.top < view.top || box.bottom > view.bottom) nav.scrollTop += box.top - view.top - nav.clientHeight / 3;
        }
      }
    }
  };

  // A target crossing the line is what can change the entry: observe a strip above it, as high as the screen lets.
  let observer: IntersectionObserver | undefined;
  const observe = () => {
    observer?.disconnect();
    observer = new IntersectionObserver(update, { rootMargin: `0px 0px ${LINE - innerHeight}px 0px` });
    for (const el of targets) observer.observe(el);
  };
  observe();
  addEventListener('resize', observe);

  nav.querySelector('[data-outline-jump]')?.addEventListener('click', (event) => {
    list.open = true;
    const here = list.querySelector<HTMLElement>('a[aria-current]');
    if (!here) return; // before the first part: the fragment shows the list from its top
    event.preventDefault();
    here.scrollIntoView({ block: 'center' });
    here.focus({ preventScroll: true });
  });
}
