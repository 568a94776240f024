import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/contract';

/** One function per contract method, receiving the already-validated input. */
export type Handler<M extends MethodName> = (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

/** A domain's slice of the handler map; the slices together must cover every method. */
export type HandlerGroup<M extends MethodName> = { [K in M]: Handler<K> };
