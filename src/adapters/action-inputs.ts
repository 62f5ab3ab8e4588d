// Typed action inputs: every bad value is refused with a message that quotes it and says what was expected.
import * as core from '@actions/core';
import { UserError, quote } from '../core/errors.js';

export function text(name: string, fallback = ''): string {
  return core.getInput(name).trim() || fallback;
}

export function required(name: string): string {
  const v = core.getInput(name).trim();
  if (!v) throw new UserError(`input ${quote(name)} is required; expected a value`);
  return v;
}

export function bool(name: string, fallback: boolean): boolean {
  const v = core.getInput(name).trim();
  if (v === '') return fallback;
  if (/^(true|True|TRUE)$/.test(v)) return true;
  if (/^(false|False|FALSE)$/.test(v)) return false;
  throw new UserError(`input ${quote(name)} is ${quote(v)}; expected true or false`);
}

export function int(name: string, fallback: number, min: number, max: number): number {
  const v = core.getInput(name).trim();
  if (v === '') return fallback;
  if (!/^[0-9]+$/.test(v) || Number(v) < min || Number(v) > max) throw new UserError(`input ${quote(name)} is ${quote(v)}; expected a whole number from ${min} to ${max}`);
  return Number(v);
}

export function choice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const v = core.getInput(name).trim();
  if (v === '') return fallback;
  if (!(choices as readonly string[]).includes(v)) throw new UserError(`input ${quote(name)} is ${quote(v)}; expected one of ${choices.join(', ')}`);
  return v as T;
}
