// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Scheduler, type EngineRequest, type SessionConfig } from '../../sim';
import { tinyConfig } from '../../sim/testing/fixtures';
import { EngineBadge } from '../../ui/EngineBadge';
import { LangContext } from '../../ui/LangContext';
import { englishWords } from '../../ui/testing/englishWords';
import { useTrainingSession, type TrainingSessionHandle } from './useTrainingSession';

afterEach(cleanup);

let handle: TrainingSessionHandle | null = null;

function Trainer({ config, engine }: { config: SessionConfig; engine: EngineRequest }) {
  const training = useTrainingSession(config, {
    engine,
    backend: 'thread',
    scheduler: new Scheduler(),
    timing: { progressIntervalMs: 0 },
  });
  useEffect(() => {
    handle = training;
  });
  return (
    <>
      <EngineBadge {...training.badge} />
      <p data-testid="error">{training.error ?? ''}</p>
    </>
  );
}

function mountInChinese(config: SessionConfig, engine: EngineRequest) {
  return render(
    <LangContext.Provider value="zh">
      <Trainer config={config} engine={engine} />
    </LangContext.Provider>,
  );
}

const rtrl: SessionConfig = { ...tinyConfig, batchSize: 1, algorithm: { kind: 'rtrl' } };

describe('on a Chinese page the session speaks Chinese', { timeout: 60_000 }, () => {
  it("the badge's reason: auto trains RTRL on the typed arrays, and says why in Chinese", () => {
    const { container } = mountInChinese(rtrl, 'auto');
    const reason = container.querySelector('.engine-badge__reason')!.textContent!;
    expect(reason).toBe(
      '原因：实时循环学习（RTRL）只能在类型化数组引擎上运行；CPU 引擎只支持随时间反向传播（BPTT）。',
    );
    expect(englishWords(reason)).toEqual([]);
  });

  it('an engine that cannot train the algorithm refuses it in Chinese', () => {
    mountInChinese(rtrl, 'simd');
    expect(handle!.session).toBeNull();
    expect(screen.getByTestId('error').textContent).toBe(
      '实时循环学习（RTRL）只能在类型化数组引擎上运行；WASM SIMD 引擎只支持随时间反向传播（BPTT）和截断的随时间反向传播',
    );
  });

  it('a diverging step is reported in Chinese, with the step and the advice', async () => {
    // Any gradient passes this limit: the first step diverges.
    const config: SessionConfig = {
      ...tinyConfig,
      train: { ...tinyConfig.train, clipNorm: 0 },
      maxGradNorm: 1e-9,
    };
    mountInChinese(config, 'core');
    await act(() => handle!.session!.step(20));
    expect(handle!.session!.state).toBe('diverged');
    const text = (await screen.findByText(/^训练在第/)).textContent!;
    expect(text).toMatch(
      /^训练在第 1 步发散：梯度范数达到 [\d.e+-]+，超过了上限 1\.00e-9。保留这一步之前的权重；请降低学习率、裁剪梯度，或重置。$/,
    );
    expect(englishWords(text)).toEqual([]);
  });
});
