import { Link } from '../components/Link';
import { VIEWS } from '../domain/url-state';
import { useRoute } from '../store/hooks';
import { GlobalSearch } from './GlobalSearch';
import { PresenterToggle, usePagingShortcuts } from './Presenter';

/** Brand, navigation between the views that exist, and the search box. */
export function Header() {
  const route = useRoute();
  usePagingShortcuts();
  return (
    <header className="site-header">
      <Link className="brand" to={{ view: 'map', recordId: null }}>
        <span aria-hidden="true" className="brand-mark">
          ⟂
        </span>{' '}
        SSB Atlas
      </Link>
      <nav aria-label="Views">
        <ul>
          {VIEWS.map((v) => (
            <li key={v.id}>
              <Link
                to={{ view: v.id, recordId: null }}
                aria-current={route.view === v.id ? 'page' : undefined}
              >
                {v.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <GlobalSearch />
      <PresenterToggle />
    </header>
  );
}
