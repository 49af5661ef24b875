/**
 * `kuscia-error-kit/core`: everything but React. The core plus the shipped default text (en-US), so it
 * runs as it is in Node, workers and log pipelines; other locales load with `kuscia-error-kit/locales/<tag>`.
 */
export * from '../core/index';
export * from '../i18n/index';
