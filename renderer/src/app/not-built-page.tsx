import { PageHeader } from '../components/page-header';

/** A screen from the brief that later work builds; no placeholder data, only the plain truth. */
export function NotBuiltPage({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} />
      <div className="page-body">
        <div className="card card-padded empty-state">
          <p>Not built yet — coming in a later release.</p>
        </div>
      </div>
    </>
  );
}
