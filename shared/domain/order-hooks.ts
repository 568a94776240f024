import { z } from 'zod';
import { headerNameSchema, optionalUrlSchema } from './http-rules';
import { secretChangeSchema, type SecretView } from './secrets';

/**
 * The three order hooks of the seed's Order Webhook Settings page. The labels
 * are the seed's words; keep them.
 */
export const orderHookKinds = ['openOrder', 'updateOrder', 'closeOrder'] as const;
export type OrderHookKind = (typeof orderHookKinds)[number];

export const orderHookLabels: Record<OrderHookKind, string> = {
  openOrder: 'Open Order Web Hooks',
  updateOrder: 'Update Order Web Hooks',
  closeOrder: 'Close Order Web Hooks',
};

export const orderHookSchema = z.strictObject({
  url: optionalUrlSchema,
  enabled: z.boolean(),
});

export type OrderHook = z.infer<typeof orderHookSchema>;

/** Input of `orderHooks.save`; the header Value is a change, never a round-tripped secret. */
export const orderHooksInputSchema = z
  .strictObject({
    requestHeader: z.strictObject({
      apiKey: z.union([z.literal(''), headerNameSchema]),
      value: secretChangeSchema,
    }),
    openOrder: orderHookSchema,
    updateOrder: orderHookSchema,
    closeOrder: orderHookSchema,
    thirdOrderActive: z.boolean(),
  })
  .superRefine((input, ctx) => {
    for (const kind of orderHookKinds) {
      const hook = input[kind];
      if (hook.enabled && hook.url === '') {
        ctx.addIssue({ code: 'custom', path: [kind, 'url'], message: 'Enter a URL, or set Enabled to NO.' });
      }
    }
    if (input.requestHeader.apiKey === '' && input.requestHeader.value.action === 'set') {
      ctx.addIssue({
        code: 'custom',
        path: ['requestHeader', 'apiKey'],
        message: 'Enter the API Key (the header name) this Value is sent under.',
      });
    }
  });

export type OrderHooksInput = z.infer<typeof orderHooksInputSchema>;

/** What the renderer sees of the saved order hook settings. */
export interface OrderHooksView {
  requestHeader: { apiKey: string; value: SecretView };
  openOrder: OrderHook;
  updateOrder: OrderHook;
  closeOrder: OrderHook;
  thirdOrderActive: boolean;
  updatedAt: string | null;
}
