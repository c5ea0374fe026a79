// How to write a search: shown when nothing matches and when the box is empty.
import { hrefFor } from '../../services/router';

const PLACES = ['Stepanakert', 'Xankəndi', 'Şuşa', 'Shushi', 'Berdzor', 'Laçın'];

export function SearchTips() {
  return (
    <section className="search-tips" aria-labelledby="search-tips-heading">
      <h2 id="search-tips-heading">Search tips</h2>
      <ul>
        <li>Use fewer words, or another spelling of a word.</li>
        <li>
          Place names work in every form:{' '}
          {PLACES.map((place, i) => (
            <span key={place}>
              {i > 0 && ', '}
              <a href={hrefFor({ name: 'search', query: place })}>{place}</a>
            </span>
          ))}
          .
        </li>
        <li>
          Put a phrase in quotes to find it as written: <code>"line of contact"</code>. Quotes
          around a place name search that name alone.
        </li>
        <li>
          <code>OR</code> finds either word: <code>ceasefire OR truce</code>.
        </li>
        <li>
          A minus leaves a word out: <code>Lachin -corridor</code>.
        </li>
      </ul>
    </section>
  );
}
