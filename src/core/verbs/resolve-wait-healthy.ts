// wait-healthy, read the same way by the action and the CLI: options → names, version, commit and the checks and
// timing given one by one (which replace the config's checks).
import {
  adhocSpec, checkCommit, checkVersion, checksFromText, parseHeaderLines, type AdhocOptions,
} from '../health/sources.js';
import type { HealthSpec } from '../health/spec.js';
import { optionOf } from './definition.js';
import { readName, readRequired, readText, type OptionSource } from './option-source.js';
import { WAIT_HEALTHY } from './wait-healthy.js';

export interface WaitHealthyArgs {
  env: string;
  app?: string;
  version?: string;
  commit?: string;
  configPath?: string;
  /** The `checks` input (the action only). */
  inline?: HealthSpec;
  /** Checks and timing from single options. */
  adhoc: HealthSpec;
}

const opt = (name: string) => optionOf(WAIT_HEALTHY, name);

/** AdhocOptions' camelCase keys → the options' names. */
const ADHOC_KEYS: readonly (readonly [keyof AdhocOptions, string])[] = [
  ['expectVersion', 'expect-version'], ['versionField', 'version-field'], ['expectStatus', 'expect-status'],
  ['bodyMatch', 'body-match'], ['prometheus', 'prometheus'], ['query', 'query'],
  ['successCondition', 'success-condition'], ['failureCondition', 'failure-condition'], ['argocdUrl', 'argocd-url'],
  ['argocdApp', 'argocd-app'], ['fluxKind', 'flux-kind'], ['fluxName', 'flux-name'],
  ['fluxNamespace', 'flux-namespace'],
  ['deployment', 'deployment'], ['statefulset', 'statefulset'], ['daemonset', 'daemonset'], ['rollout', 'rollout'],
  ['namespace', 'namespace'], ['context', 'context'], ['initialDelay', 'initial-delay'], ['interval', 'interval'],
  ['timeout', 'timeout'], ['requestTimeout', 'request-timeout'], ['successThreshold', 'success-threshold'],
  ['failureLimit', 'failure-limit'], ['inconclusiveLimit', 'inconclusive-limit'],
];

/** `kubeconfig`: the path to use (the action writes an inline kubeconfig to a file first). */
export function readWaitHealthyArgs(src: OptionSource, kubeconfig: string | undefined): WaitHealthyArgs {
  const env = readName(src, opt('env')) ?? readRequired(src, opt('env'));
  const label = (name: string): string => {
    const o = WAIT_HEALTHY.options.find((x) => x.name === name);
    return o ? src.label(o) : name;
  };
  const given = (name: string): string | undefined => readText(src, opt(name));
  const version = given('version');
  const commit = given('commit');
  const expectVersion = given('expect-version');
  if (expectVersion !== undefined) checkVersion(label('expect-version'), expectVersion);
  const adhoc: AdhocOptions = { urls: src.values(opt('url')), kubeconfig };
  for (const [key, name] of ADHOC_KEYS) (adhoc as Record<string, unknown>)[key] = given(name);
  const headerLines = src.values(opt('headers'));
  if (headerLines.length) adhoc.headers = parseHeaderLines(headerLines, label('headers'));
  const checks = given('checks');
  return {
    env,
    app: readName(src, opt('app')),
    version: version === undefined ? undefined : checkVersion(label('version'), version),
    commit: commit === undefined ? undefined : checkCommit(label('commit'), commit),
    configPath: given('config'),
    inline: checks === undefined ? undefined : checksFromText(checks, label('checks')),
    adhoc: adhocSpec(adhoc, label),
  };
}
