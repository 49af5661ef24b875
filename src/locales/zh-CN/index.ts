import type { KusciaLocaleMessages } from '../../core/messages';
import { registerKusciaJobTexts, registerKusciaLocale } from '../../core/registry';
import { codes, grpc } from './codes';
import { generic } from './generic';
import { jobs } from './jobs';
import { labels } from './labels';
import { reasons } from './reasons';

/**
 * Simplified Chinese text.
 *
 * The 54 codes of Kuscia's error-code document (`错误码` / `描述` / `解决方案`) use its 描述 as the title and its
 * 解决方案 as the resolution, character for character, so a console shows exactly what Kuscia's own docs say
 * (`test/locales/drift.test.ts` checks this against a copy of the doc). The other codes follow the doc's voice
 * and vocabulary: 节点 for a Domain, 任务 for a Job, 节点数据 for DomainData, 数据授权 for a DomainDataGrant,
 * 数据源 for a DomainDataSource, 应用镜像 for an AppImage; DataMesh, ConfManager and Reporter codes name their
 * service first.
 */
/** The failed-job texts (`KusciaJobAlert`, `describeKusciaJob`), apart so that error alerts never carry them. */
export const zhCNJobs = jobs;

export const zhCN: KusciaLocaleMessages = {
  locale: 'zh-CN',
  codes,
  grpc,
  generic,
  labels,
  reasons,
};

// Loading this module is what makes `locale="zh-CN"` (or `zh`, `zh-Hans-CN` …) find Chinese anywhere in the
// app; package.json lists it under `sideEffects` so that a bare `import 'kuscia-error-kit/locales/zh-CN'` stays.
registerKusciaLocale(zhCN);
registerKusciaJobTexts('zh-CN', zhCNJobs);
