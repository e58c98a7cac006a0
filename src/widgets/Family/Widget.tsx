import { useId } from 'react';
import { createFamilyDiagram } from '../../charts/familyDiagram';
import { format } from '../../i18n';
import { useLang, useStrings } from '../../ui/LangContext';
import {
  FigureLayout,
  LegendKeys,
  PresetRow,
  SeedButton,
  StepControls,
  PropControl,
} from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import { BlocksTable, ParameterCount } from './ParameterCount';
import { SizeSettings } from './SizeSettings';
import { ValuesTable } from './ValuesTable';
import { MEMBERS, MEMBER_CHAPTER } from './members';
import { familyMeta } from './meta';
import { SEQUENCE_LENGTH } from './step';
import { useFamilyView } from './useFamilyView';
import './family.css';

const EDGE = 'var(--muted)';

export default function Family() {
  const s = useStrings().family;
  const lang = useLang();
  const v = useFamilyView();
  const { props, setProps } = v;
  const { member, t } = props;
  const groupName = useId();
  const chartRef = useChart(createFamilyDiagram, v.chartOptions, v.data);

  const chapter = MEMBER_CHAPTER[member];
  const chapterNo = Number(chapter.slice(0, 2));

  const picture = (
    <div
      className="family__diagram"
      ref={chartRef}
      data-testid="diagram"
      data-member={member}
      data-animating={v.animating ? 'true' : 'false'}
    />
  );

  const controls = (
    <>
      <PropControl prop="member">
        <fieldset className="family__members">
          <legend>{s.members}</legend>
          {MEMBERS.map((m) => (
            <label key={m} className={m === member ? 'family__tab is-selected' : 'family__tab'}>
              <input
                type="radio"
                name={groupName}
                value={m}
                checked={m === member}
                onChange={() => setProps({ member: m, t: 0 })}
              />
              {s.names[m]}
            </label>
          ))}
        </fieldset>
      </PropControl>
      <StepControls
        prop="t"
        t={t}
        count={SEQUENCE_LENGTH}
        onStep={v.goTo}
        position={format(s.position, { t, last: v.last })}
      />
    </>
  );

  const readout = (
    <>
      <p className="family__readout" aria-live="polite" data-testid="node-readout">
        {v.nodeReadout}
      </p>
      <LegendKeys
        keys={[
          { label: s.legendTrained, color: EDGE, pattern: 'solid' },
          { label: s.legendFixed, color: EDGE, pattern: 'dashed' },
          { label: s.legendFlow, color: EDGE, pattern: 'dotted' },
        ]}
      />
      <p className="muted">{s.legendNodes}</p>
      <p data-testid="answer">
        {s.answers[member]}{' '}
        <a href={`${import.meta.env.BASE_URL}${lang}/${chapter}/`}>
          {format(s.chapterLink, { n: chapterNo, title: s.chapterTitles[chapter] })}
        </a>
      </p>
      <ParameterCount member={member} counts={v.counts} />
      <p className="muted">{member === 'esn' ? s.esnNote : s.inputNote}</p>
    </>
  );

  const table = (
    <div className="family__tables">
      <ValuesTable diagram={v.diagram} values={v.values} t={t} />
      <BlocksTable counts={v.counts} />
    </div>
  );

  const more = (
    <>
      <SizeSettings props={props} setProps={setProps} />
      <PresetRow meta={familyMeta} props={props} onApply={setProps} />
      <SeedButton seed={props.seed} onSeed={(seed) => setProps({ seed })} />
    </>
  );

  return (
    <FigureLayout
      className="family"
      picture={picture}
      controls={controls}
      readout={readout}
      table={table}
      more={more}
    />
  );
}
