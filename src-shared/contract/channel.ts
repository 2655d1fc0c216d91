import type { z } from 'zod';
import type { Access } from './roles.js';

/**
 * A channel is one request the renderer can make of the engine.
 * `output` is a type-only marker so that both sides agree on the answer's shape.
 */
export interface Channel<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  access: Access;
  /** True when a call changes stored data (used by tests that check "nothing changed"). */
  mutates: boolean;
  readonly output?: O;
}

export function channel<O>() {
  return <I extends z.ZodType>(def: { input: I; access: Access; mutates?: boolean }): Channel<I, O> => ({
    input: def.input,
    access: def.access,
    mutates: def.mutates ?? false,
  });
}

export type InputOf<C> = C extends Channel<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<C> = C extends Channel<infer I, unknown> ? z.output<I> : never;
export type OutputOf<C> = C extends Channel<z.ZodType, infer O> ? O : never;
