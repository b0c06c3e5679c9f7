import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Connector } from '@/api/connectors';
import { Tag } from '@/components/ui/card';
import { CopyableText } from '@/components/ui/secret';
import { paths } from '@/lib/paths';
import { ConnectorLogo } from '../shared/connector-logo';
import { useConnectorName } from '../shared/connector-naming';
import sharedStyles from '../shared/shared.module.css';
import table from '@/components/ui/table.module.css';

/** `onSignInPage` is undefined until the sign-in experience has loaded: no guess is shown meanwhile. */
export function ConnectorsTable({ connectors, onSignInPage }: { connectors: Connector[]; onSignInPage?: ((connector: Connector) => boolean) | undefined }) {
  const { t } = useTranslation('connectors');
  const nameOf = useConnectorName();
  return (
    <div className={table.tableWrap}>
      <table className={table.table}>
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.columns.connector')}</th>
            <th scope="col">{t('list.columns.platform')}</th>
            <th scope="col">{t('fields.connector_id')}</th>
            <th scope="col">{t('list.columns.sign_in')}</th>
          </tr>
        </thead>
        <tbody>
          {connectors.map((connector) => {
            const shown = onSignInPage?.(connector);
            return (
              <tr key={connector.id}>
                <td>
                  <span className={sharedStyles.nameCell}>
                    <ConnectorLogo logo={connector.logo} logoDark={connector.logoDark} />
                    <Link to={paths.connector(connector.id)} className={table.nameLink}>
                      {nameOf(connector)}
                    </Link>
                  </span>
                </td>
                <td className={table.nowrap}>{connector.platform ? t(`platform.${connector.platform}`) : null}</td>
                <td>
                  <CopyableText value={connector.id} />
                </td>
                <td>
                  {shown !== undefined && <Tag tone={shown ? 'success' : 'warning'}>{t(shown ? 'list.on_sign_in' : 'list.not_on_sign_in')}</Tag>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
