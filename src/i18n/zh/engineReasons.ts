import type { Strings } from '../en';

export const engineReasons: Strings['engineReasons'] = {
  engine: {
    core: '类型化数组',
    simd: 'WASM SIMD',
    simdScalar: 'WASM SIMD（标量版本）',
    webgl: 'WebGL',
    wasm: 'WASM',
    cpu: 'CPU',
  },
  rate: '{engine} {rate}',
  rateSeparator: '，',
  reasonSeparator: '',
  autoGuess:
    '先凭经验选定，立即开始训练；各引擎在后台测速，若另一引擎快 10% 以上，训练就换到那个引擎上。',
  autoFastest: '在这里最快（实测每秒步数：{rates}）。',
  autoKeptFastest: '训练中实测（每秒步数：{rates}）：{engine} 在本机最快。',
  autoKeptWithin:
    '训练中实测（每秒步数：{rates}）：{engine} 与最快者相差不到 {margin}%，因此不换引擎。',
  autoSwitched:
    '第 {step} 步时带着权重和优化器状态换了引擎：训练中实测，{to} 每秒步数是 {from} 的 {ratio} 倍（每秒步数：{rates}）。',
  autoSwitchedUnmeasured:
    '第 {step} 步时带着权重和优化器状态换了引擎：训练中实测，{to} 比 {from} 快（每秒步数：{rates}）。',
  autoOnlyCore: '{problem}。',
  scalarBuild: '此浏览器不支持 WebAssembly SIMD：本站的 WebAssembly 引擎改用标量版本运行。',
  noWasm: '此环境不支持 WebAssembly。',
  wasmFailed: '本站的 WebAssembly 引擎无法加载：{message}。',
  backendsFailed: '{failures}。',
  backendFailed: '{backend}：{why}',
  backendSeparator: '；',
  backendName: { webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' },
  backend: {
    noWebgl: '此环境不支持 WebGL',
    webglLost: '本页的 WebGL 上下文此前已丢失',
    noWasm: '此环境不支持 WebAssembly',
    notStarted: '后端无法启动',
    error: '后端启动失败（{message}）',
  },
  lostContext: 'WebGL 上下文在第 {lostAt} 步丢失；训练从第 {from} 步的权重起在 {engine} 上继续。',
  problem: {
    algorithmOnlyCore:
      '{algorithm}只能在类型化数组引擎上运行；{engine} 引擎只支持随时间反向传播（BPTT）',
    algorithmOnlyCoreSimd:
      '{algorithm}只能在类型化数组引擎上运行；WASM SIMD 引擎只支持随时间反向传播（BPTT）和截断的随时间反向传播',
    jordanOnlyCore: 'Jordan 网络只能在类型化数组引擎上运行',
    lstmVariantOnlyCore:
      '长短期记忆网络的变体“{variant}”只能在类型化数组引擎上运行：tfjs 引擎只有标准的长短期记忆网络',
    lstmTruncatedOnlyCore:
      '1997 年的截断梯度只能在类型化数组引擎上运行：tfjs 引擎只有标准的长短期记忆网络',
    modelRefused: '引擎拒绝了这个模型：{message}',
  },
  divergence: {
    message: '训练在第 {step} 步发散：{problem}。{kept}；{advice}。',
    keptAnchor: '已恢复第 {kept} 步的权重（它们的得分更好）',
    keptCheckpoint: '保留第 {kept} 步（最后一次检查时）的权重',
    keptBefore: '保留这一步之前的权重',
    adviceClipOn: '请降低学习率，或重置',
    adviceClipOff: '请降低学习率、裁剪梯度，或重置',
    infinity: '∞',
    problem: {
      loss: '损失变成了 {value}',
      gradNorm: '梯度范数变成了 {value}',
      gradLimit: '梯度范数达到 {value}，超过了上限 {limit}',
      nonFinite: '某个损失或梯度不是有限数',
      weight: '某个权重超出了数值范围',
    },
  },
  algorithm: {
    bptt: '随时间反向传播（BPTT）',
    tbptt: '截断的随时间反向传播',
    rtrl: '实时循环学习（RTRL）',
    ekf: '扩展卡尔曼滤波（EKF）',
    dekf: '解耦扩展卡尔曼滤波（DEKF）',
  },
};
