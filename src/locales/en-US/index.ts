import type { KusciaLocaleMessages } from '../../core/messages';
import { codes, grpc } from './codes';
import { generic } from './generic';
import { jobs } from './jobs';
import { labels } from './labels';
import { reasons } from './reasons';

/** The failed-job texts (`KusciaJobAlert`, `describeKusciaJob`), apart so that error alerts never carry them. */
export const enUSJobs = jobs;

/**
 * American English text.
 *
 * Titles are short and in sentence case, without a trailing period; resolutions say what to check or do
 * next, in one to three sentences. Resources are named as the API names them (Domain, DomainRoute,
 * DomainData, DomainDataGrant, DomainDataSource, Job, Serving, AppImage), not as Kuscia's own English
 * translation does ("node", "task"). For the many generic "could not …" codes the server message carries
 * the real cause, usually a Kubernetes error, so the resolution points there first.
 */
// Spelled out rather than spread from enUSWithoutReasons: bundlers keep a spread (it may run getters), and
// with it the reason texts, in bundles that never use this object.
export const enUS: KusciaLocaleMessages = {
  locale: 'en-US',
  codes,
  grpc,
  generic,
  labels,
  reasons,
};
