/** How an anomaly's detail quotes a heading: its mark and text, cut after 18 characters. */
export function quoteHeading(h: { marker: string; text: string }): string {
  const chars = [...h.text];
  return `「${h.marker}${chars.length > 18 ? `${chars.slice(0, 18).join('')}…` : h.text}」`;
}
