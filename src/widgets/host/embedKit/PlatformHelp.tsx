import { useStrings } from '../../../ui/LangContext';

const PLATFORMS = ['canvas', 'moodle', 'wordpress', 'notion', 'slides', 'notebooks'] as const;

/** What each course platform lets through, and where the snippet goes there. */
export function PlatformHelp() {
  const s = useStrings().embedKit;
  return (
    <section className="embed-platforms">
      <h3>{s.platforms}</h3>
      <ul>
        {PLATFORMS.map((p) => (
          <li key={p} data-platform={p}>
            {s[p]}
          </li>
        ))}
      </ul>
    </section>
  );
}
