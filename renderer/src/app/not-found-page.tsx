import { Link } from 'react-router';
import { PageHeader } from '../components/page-header';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <div className="page-body">
        <div className="card card-padded empty-state">
          <p>
            There is no screen at this address. <Link to="/hub/order-webhooks">Go to Order Webhooks</Link>.
          </p>
        </div>
      </div>
    </>
  );
}
