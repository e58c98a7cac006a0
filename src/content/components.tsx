import type { MDXComponents } from 'mdx/types';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { format } from '../i18n';
import { useScrollsSideways } from '../ui/figure';
import { useStrings } from '../ui/LangContext';
import { WidgetHost } from '../widgets/host/WidgetHost';
import { widgetList } from '../widgets/list';
import { useReferences } from './ChapterContext';
import type { contentComponentNames } from './componentNames';
import { shortCitation } from './frontmatter';

/** (Elman 1990; Jordan 1986), each linking to its entry in the reference list. */
function Cite({ id }: { id: string }) {
  const refs = useReferences();
  const c = useStrings().content;
  const keys = id.split(',').map((k) => k.trim());
  return (
    <span className="cite">
      (
      {keys.map((key, i) => {
        const ref = refs.find((r) => r.id === key);
        return (
          <span key={key}>
            {i > 0 && '; '}
            <a href={`#ref-${key}`}>{ref ? shortCitation(ref) : `${key}: ${c.unknownCitation}`}</a>
          </span>
        );
      })}
      )
    </span>
  );
}

/**
 * "Figure 1.3", linked to the figure. The build checks `to` names a widget of the chapter and
 * writes its number into `n`.
 */
function FigRef({ to, n }: { to: string; n?: string }) {
  const f = useStrings().figure;
  return (
    <a className="fig-ref" href={`#${to}`}>
      {format(f.number, { n: n ?? '?' })}
    </a>
  );
}

/** A clearly marked slot for an interactive figure that a later update builds. */
function Planned({ widget, children }: { widget: string; children?: ReactNode }) {
  const c = useStrings().content;
  return (
    <aside className="planned" data-planned={widget}>
      <p className="planned__title">{format(c.plannedTitle, { name: widget })}</p>
      <div className="planned__body">{children}</div>
      <p className="planned__note">{c.plannedNote}</p>
    </aside>
  );
}

/** A static figure that can span the text column, the page, or the screen. */
function Figure({
  width = 'body',
  caption,
  children,
}: {
  width?: 'body' | 'page' | 'screen';
  caption?: string;
  children?: ReactNode;
}) {
  return (
    <figure className={`figure figure--${width}`}>
      {children}
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

function anchored(Tag: 'h2' | 'h3') {
  return function Heading({ id, children, ...rest }: ComponentPropsWithoutRef<'h2'>) {
    return (
      <Tag id={id} {...rest}>
        {children}
        {id && (
          <a className="anchor" href={`#${id}`} aria-hidden="true" tabIndex={-1}>
            #
          </a>
        )}
      </Tag>
    );
  };
}

/**
 * A code block: it scrolls sideways inside its own box (the page never does), and a keyboard
 * user can focus it to scroll.
 */
function CodeBlock(props: ComponentPropsWithoutRef<'pre'>) {
  const c = useStrings().content;
  return <pre tabIndex={0} aria-label={c.codeBlock} {...props} />;
}

/**
 * A display equation (see rehypeMathDisplay): when it is wider than the page — a long equation
 * on a phone — it scrolls sideways in its own box, and the box becomes a labelled region that
 * takes focus, so a keyboard can scroll it too; one that fits is no tab stop.
 */
function MathDisplay({ children }: { children?: ReactNode }) {
  const c = useStrings().content;
  const [box, scrolls] = useScrollsSideways<HTMLSpanElement>([]);
  return (
    <span
      ref={box}
      className="katex-display"
      {...(scrolls ? { role: 'region', tabIndex: 0, 'aria-label': c.mathDisplay } : {})}
    >
      {children}
    </span>
  );
}

/** A table: it scrolls sideways in its own box when too wide, and then takes focus. */
function ScrollTable(props: ComponentPropsWithoutRef<'table'>) {
  const c = useStrings().content;
  const [box, scrolls] = useScrollsSideways<HTMLTableElement>([]);
  return (
    <table
      ref={box}
      {...props}
      {...(scrolls ? { tabIndex: 0, 'aria-label': c.tableScrolls } : {})}
    />
  );
}

/**
 * A region of a project source file, inlined by the build (remarkCodeExcerpt writes `code` and
 * `lines`): the code the chapter shows is the code the tests run.
 */
function CodeExcerpt({
  file,
  region,
  code,
  lines,
  caption,
}: {
  file: string;
  region: string;
  code: string;
  lines: string;
  caption?: string;
}) {
  const c = useStrings().content;
  const where = format(c.codeExcerptSource, { file, lines });
  return (
    <figure className="code-excerpt" data-code-excerpt={`${file}#${region}`}>
      <pre tabIndex={0} aria-label={format(c.codeExcerptLabel, { where })}>
        <code className="language-ts">{code}</code>
      </pre>
      <figcaption>
        {caption && <span className="code-excerpt__caption">{caption} </span>}
        <span className="code-excerpt__source">{where}</span>
      </figcaption>
    </figure>
  );
}

const widgets = Object.fromEntries(
  widgetList.map((widget) => [
    widget.info.name,
    (props: Record<string, unknown>) => <WidgetHost widget={widget} props={props} />,
  ]),
);

/** Everything a chapter can use without importing it. */
export const contentComponents: MDXComponents &
  Record<(typeof contentComponentNames)[number], unknown> = {
  Cite,
  FigRef,
  Planned,
  Figure,
  CodeExcerpt,
  h2: anchored('h2'),
  h3: anchored('h3'),
  pre: CodeBlock,
  table: ScrollTable,
  MathDisplay,
  ...widgets,
};
