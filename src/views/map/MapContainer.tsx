import { useMemo, useState } from 'react';
import { Link } from '../../components/Link';
import { type Route, VIEWS, type ViewId } from '../../domain/url-state';
import { useKb } from '../../kb/kb-context';
import { MapView } from './MapView';

const HAS_MECHANISMS = VIEWS.some((v) => v.id === ('mechanisms' as ViewId));

/** Where a topic's hotspot leads: its diagram page when the mechanisms view is in this build. */
function topicRoute(topic: string): Route {
  return HAS_MECHANISMS
    ? { view: 'mechanisms' as ViewId, recordId: topic }
    : { view: 'materials', recordId: null };
}

/** The landing view: the review's key figure as an interactive map of the app. */
export default function MapContainer() {
  const { kb, index } = useKb();
  const [active, setActive] = useState('lithium-filaments');
  const topic = index.topics.get(active);

  /** Techniques with the topics they probe (via their mechanisms). */
  const techniques = useMemo(
    () =>
      kb.techniques.map((t) => ({
        id: t.id,
        label: t.name,
        // The ring has room for about twenty characters a side; long names use their abbreviation.
        short: t.name.length > 24 && t.aliases[0] ? t.aliases[0] : t.name,
        topics: [...new Set(t.mechanisms.map((m) => index.mechanisms.get(m)?.topic ?? ''))].filter(Boolean),
      })),
    [kb, index],
  );
  const probing = techniques.filter((t) => t.topics.includes(active));

  return (
    <section aria-labelledby="map-title" className="map">
      <div className="view-head">
        <h1 id="map-title">Chemo-mechanics of solid-state batteries</h1>
        <p className="lede">
          A solid-state cell fails mechanically as well as chemically. Pick one of the three numbered hotspots
          to see what goes wrong there, which techniques reveal it, and open its interactive diagram.
        </p>
      </div>
      <div className="map-layout">
        <MapView
          topics={kb.topics.map((t) => ({ id: t.id, name: t.name }))}
          techniques={techniques}
          active={active}
          onActivate={setActive}
        />
        {topic && (
          <div className="panel map-panel" aria-live="polite">
            <h2>{topic.name}</h2>
            <p>{topic.summary}</p>
            <h3>Probed by</h3>
            <ul className="inline-list chip-list">
              {probing.map((t) => (
                <li key={t.id}>{t.label}</li>
              ))}
            </ul>
            <h3>Failure mechanisms</h3>
            <ul>
              {topic.mechanisms.map((m) => (
                <li key={m}>{index.mechanisms.get(m)?.name ?? m}</li>
              ))}
            </ul>
            <p>
              <Link className="button" to={topicRoute(topic.id)}>
                {HAS_MECHANISMS ? 'Open the interactive diagram' : 'Browse the materials'}
              </Link>
            </p>
          </div>
        )}
      </div>
      <h2 className="visually-hidden">Characterization techniques around the cell</h2>
      <ul className="visually-hidden">
        {techniques.map((t) => (
          <li key={t.id}>
            {t.label}: probes {t.topics.map((id) => index.topics.get(id)?.name ?? id).join('; ')}
          </li>
        ))}
      </ul>
      <nav aria-label="Explore" className="map-explore">
        <h2>Explore the knowledge base</h2>
        <ul className="card-links">
          {VIEWS.filter((v) => v.id !== 'map').map((v) => (
            <li key={v.id}>
              <Link to={{ view: v.id, recordId: null }}>{v.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </section>
  );
}
