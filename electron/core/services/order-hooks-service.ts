import type { ParsedInput } from '../../../shared/contract';
import type { OrderHooksView } from '../../../shared/domain/order-hooks';
import { HubFailure } from '../api/hub-failure';
import type { Clock } from '../ports';
import { hasSecretAfter, secretView, secretWrite } from '../secrets/secret-changes';
import { orderHooksValueKey } from '../secrets/secret-keys';
import type { SettingsWithSecrets } from '../settings/settings-with-secrets';

/**
 * The seed's Order Webhook Settings page: the Request Header (API Key + Value)
 * and the Open / Update / Close hooks with the 3rd Order switch.
 */
export class OrderHooksService {
  constructor(
    private readonly config: SettingsWithSecrets,
    private readonly clock: Clock,
  ) {}

  private get secrets() {
    return this.config.secrets;
  }

  view(): OrderHooksView {
    const { apiKey, openOrder, updateOrder, closeOrder, thirdOrderActive, updatedAt } =
      this.config.settings.current.orderHooks;
    return {
      requestHeader: { apiKey, value: secretView(this.secrets, orderHooksValueKey) },
      openOrder: { ...openOrder },
      updateOrder: { ...updateOrder },
      closeOrder: { ...closeOrder },
      thirdOrderActive,
      updatedAt,
    };
  }

  /** Saves the whole page; on any refusal nothing is written. */
  async save(input: ParsedInput<'orderHooks.save'>): Promise<OrderHooksView> {
    const { apiKey, value } = input.requestHeader;
    const hasValue = hasSecretAfter(this.secrets, orderHooksValueKey, value);
    if (apiKey !== '' && !hasValue) {
      throw HubFailure.invalidField(
        'requestHeader.value',
        'Enter the Value the partner gave you, or clear the API Key.',
      );
    }
    if (apiKey === '' && hasValue) {
      throw HubFailure.invalidField(
        'requestHeader.apiKey',
        'Enter the API Key (the header name) this Value is sent under, or clear the Value.',
      );
    }

    const nextValue = secretWrite(value);
    const writes = new Map<string, string | null>(nextValue === undefined ? [] : [[orderHooksValueKey, nextValue]]);
    // The API Key lives in the settings, its Value in the secrets: saved as one.
    await this.config.save(
      (draft) => ({
        ...draft,
        orderHooks: {
          apiKey,
          openOrder: input.openOrder,
          updateOrder: input.updateOrder,
          closeOrder: input.closeOrder,
          thirdOrderActive: input.thirdOrderActive,
          updatedAt: this.clock.now().toISOString(),
        },
      }),
      writes,
    );
    return this.view();
  }
}
