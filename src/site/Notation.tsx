import { Tex } from '../ui/Tex';
import { useStrings } from '../ui/LangContext';
import { notationRows } from './notationRows';

/** The series' notation table, on the home page at #notation (the chapters link to it). */
export function Notation() {
  const s = useStrings().notation;
  return (
    <section aria-labelledby="notation" className="notation">
      <h2 id="notation">{s.title}</h2>
      <p>{s.intro}</p>
      {/* Focusable: the table scrolls sideways on narrow screens. */}
      <table tabIndex={0} aria-labelledby="notation-caption">
        <caption id="notation-caption">{s.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.symbol}</th>
            <th scope="col">{s.meaning}</th>
            <th scope="col">{s.d2l}</th>
            <th scope="col">{s.pytorch}</th>
          </tr>
        </thead>
        <tbody>
          {notationRows.map((row) => (
            <tr key={row.id} data-symbol={row.id}>
              <th scope="row">
                <Tex math={row.tex} />
              </th>
              <td>{s.meanings[row.id]}</td>
              <td>{row.d2l ? <Tex math={row.d2l} /> : s.none}</td>
              <td>{row.pytorch ? <code>{row.pytorch}</code> : s.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
