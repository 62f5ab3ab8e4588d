// promote and rollback, read the same way by the action and the CLI: options → a request, then the config at the
// branch's tip fills what was not given (input > config > default).
import type { PromoteConfig } from '../config/config.js';
import type { RollbackRequest } from '../rollback/plan-rollback.js';
import { checkValue } from '../edit-value.js';
import { UserError, quote } from '../errors.js';
import { checkBranch } from '../validate-names.js';
import { optionOf, type VerbDef } from './definition.js';
import {
  readBool, readChoice, readInt, readName, readNames, readReason, readRequired, readText, settle, type OptionSource,
} from './option-source.js';
import { PROMOTE } from './promote.js';
import { ROLLBACK } from './rollback.js';
import { DEFAULT_MAX_ATTEMPTS } from './shared-options.js';

type Mode = 'push' | 'pull-request';

/** What promote and rollback share: where to write and how often to try. */
export interface DeliveryArgs {
  mode?: Mode;
  branch?: string;
  configPath?: string;
  dryRun: boolean;
  maxAttempts?: number;
}

export interface PromoteArgs extends DeliveryArgs {
  apps: string[];
  to: string;
  version?: string;
  from?: string;
  skipGate?: string;
  allowDowngrade: boolean;
  freezeOverrideReason?: string;
}

/** The rollback request's own fields, as the flags and inputs give them (core/rollback owns their meaning). */
type RollbackFields = Pick<RollbackRequest, 'app' | 'env' | 'toVersion' | 'toCommit' | 'region' | 'reason' | 'force'>;

export interface RollbackArgs extends DeliveryArgs, RollbackFields {
  failedRunUrl?: string;
}

function readDelivery(src: OptionSource, verb: VerbDef): DeliveryArgs {
  const o = (name: string) => optionOf(verb, name);
  const branch = readText(src, o('branch'));
  return {
    mode: readChoice<Mode>(src, o('mode')),
    branch: branch === undefined ? undefined : checkBranch('branch', branch),
    configPath: readText(src, o('config')),
    dryRun: readBool(src, o('dry-run')),
    maxAttempts: readInt(src, o('max-attempts')),
  };
}

export function readPromoteArgs(src: OptionSource): PromoteArgs {
  const o = (name: string) => optionOf(PROMOTE, name);
  return {
    ...readDelivery(src, PROMOTE),
    apps: readNames(src, o('app')),
    to: readName(src, o('to')) ?? readRequired(src, o('to')),
    version: readText(src, o('version')),
    from: readName(src, o('from')),
    skipGate: readReason(src, o('skip-gate')),
    allowDowngrade: readBool(src, o('allow-downgrade')),
    freezeOverrideReason: readText(src, o('freeze-override-reason')),
  };
}

export function readRollbackArgs(src: OptionSource): RollbackArgs {
  const o = (name: string) => optionOf(ROLLBACK, name);
  const app = readName(src, o('app')) ?? readRequired(src, o('app'));
  const env = readName(src, o('env')) ?? readRequired(src, o('env'));
  const toVersion = readText(src, o('to'));
  if (toVersion !== undefined) checkValue(toVersion, undefined, undefined, src.label(o('to')));
  const toCommit = readText(src, o('to-commit'));
  if (toCommit !== undefined && !/^[0-9a-f]{7,40}$/.test(toCommit)) {
    const label = src.label(o('to-commit'));
    throw new UserError(`${label} is ${quote(toCommit)}; expected a commit sha (7 to 40 hex digits)`);
  }
  if (toVersion !== undefined && toCommit !== undefined) {
    throw new UserError(`${src.label(o('to'))} and ${src.label(o('to-commit'))} are both given; expected at most one`);
  }
  return {
    ...readDelivery(src, ROLLBACK),
    app, env, toVersion, toCommit,
    region: readName(src, o('region')),
    reason: readText(src, o('reason')),
    force: readReason(src, o('force')),
    failedRunUrl: readText(src, o('failed-run-url')),
  };
}

export interface Delivery {
  mode: Mode;
  maxAttempts: number;
  labels: string[];
  autoMerge: boolean;
}

/** The config at the branch's tip fills what the options did not say. */
export function settleDelivery(args: DeliveryArgs, config: PromoteConfig): Delivery {
  return {
    mode: settle(args.mode, config.delivery.mode, 'push'),
    maxAttempts: settle(args.maxAttempts, config.delivery.maxAttempts, DEFAULT_MAX_ATTEMPTS),
    labels: config.delivery.labels ?? [],
    autoMerge: config.delivery.autoMerge ?? false,
  };
}
