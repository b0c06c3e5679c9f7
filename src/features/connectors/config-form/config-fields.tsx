import type { ComponentType } from 'react';
import { useWatch } from 'react-hook-form';
import type { FormItem } from '@/api/connector-form-items';
import { AlipayKeyTools } from '../alipay/alipay-key-tools';
import { isItemVisible } from './build-config-schema';
import { hasAlipayKeyTools, rulesFor } from './factory-rules';
import type { FieldRendererProps } from './fields/field-props';
import { renderers } from './fields/registry';
import { isSecretItem, useFieldText } from './field-text';
import { fieldName } from './form-values';
import type { ConfigForm } from './use-config-form';
import styles from './config-form.module.css';

/** Every field the descriptors ask for, in their order; hidden ones (showConditions) are not rendered. */
export function ConfigFields({ items, factoryId, form }: { items: FormItem[]; factoryId: string; form: ConfigForm }) {
  const { control } = form;
  const values = useWatch({ control });
  const fieldText = useFieldText(factoryId);
  const rules = rulesFor(factoryId);
  return (
    <div className={styles.fields}>
      {items
        .filter((item) => isItemVisible(item, values))
        .map((item) => {
          // `renderers[item.type]` is the renderer for exactly this item's type; TypeScript cannot
          // correlate the two through the union, so the lookup is widened once here.
          const Render = renderers[item.type] as ComponentType<FieldRendererProps>;
          const name = fieldName(item.key);
          const required = item.type !== 'unsupported' && (item.required === true || rules[item.key]?.required === true);
          return (
            <div key={item.key} className={styles.field}>
              <Render item={item} name={name} text={fieldText(item)} required={required} secret={isSecretItem(item)} control={control} />
              {hasAlipayKeyTools(factoryId, item.key) && <AlipayKeyTools name={name} form={form} />}
            </div>
          );
        })}
    </div>
  );
}
