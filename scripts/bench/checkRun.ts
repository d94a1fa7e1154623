import type { Page } from 'playwright-core';

/**
 * The draft checker's analysis time in a loaded /check/ page: `draft` typed in `runs + 1`
 * times, each time the page's `check:analyze` User Timing measure (posting the draft to its
 * report) read once the report is shown. The first run is cold code.
 */
export async function checkTimes(page: Page, draft: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    times.push(
      await page.evaluate(async (text) => {
        const area = document.querySelector<HTMLTextAreaElement>('#draft')!;
        const results = document.querySelector('#check-results')!;
        performance.clearMeasures('check:analyze');
        // Each input event makes a new version of the draft, checked again.
        area.value = text;
        area.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise<void>((done) => {
          const poll = () => (results.getAttribute('aria-busy') === 'false' ? done() : setTimeout(poll, 20));
          poll();
        });
        return performance.getEntriesByName('check:analyze')[0]!.duration;
      }, draft),
    );
  }
  return times;
}
