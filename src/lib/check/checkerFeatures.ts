import { labelledTitle, titleLabels, type Titled } from '../view/titleLabels.ts';
import { byId } from '../content/order.ts';
import { sampleFeatures, type SampleFeatures } from './similar.ts';

/** Every sample's features, its title labelled as wherever samples are listed, so two similar samples of one title read differently. */
export function checkerFeatures(samples: ReadonlyArray<Titled & Parameters<typeof sampleFeatures>[0]>): SampleFeatures[] {
  const sorted = byId(samples);
  const labels = titleLabels(sorted);
  return sorted.map((s) => ({ ...sampleFeatures(s), title: labelledTitle(s.title, labels.get(s.id)) }));
}
