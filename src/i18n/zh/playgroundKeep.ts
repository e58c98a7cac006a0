import type { playgroundKeep as en } from '../en/playgroundKeep';

/** 游乐场“保存与分享”一组的文字：把训练好的权重放进链接、文件或本浏览器。 */
export const playgroundKeep: typeof en = {
  section: '保存与分享',
  intro: '“分享链接”按钮给出的链接只含设置和随机种子；下面这些还能连同训练好的权重一起保存。',
  linkWithWeights: '带训练权重的链接',
  linkLabel: '带训练权重的分享链接',
  linkExact: '链接里是第 {step} 步的权重，原样保存（float64，共 {chars} 个字符）。',
  linkRounded:
    '为了放得下，链接里第 {step} 步的权重舍入成了 float32，约 7 位有效数字（共 {chars} 个字符）；要原样保存请用模型文件。',
  linkTooLong:
    '带上权重，链接会长达 {chars} 个字符，超过了链接能稳妥承载的 {limit} 个。请改为下载模型文件。',
  linkWithOptimiser:
    '链接里还有优化器的状态和这次训练进行到的位置，从链接接着训练，会与在这里一直训练下去完全一样。',
  linkWeightsOnly:
    '链接只恢复权重和步数：连同优化器状态会长达 {chars} 个字符，超过了 {limit} 个，所以从链接接着训练时优化器从头开始。模型文件能保存整个训练过程。',
  download: '下载模型文件',
  loadFile: '载入模型文件',
  saveBrowser: '保存在本浏览器',
  loadBrowser: '从本浏览器恢复',
  saved: '已保存在本浏览器（{kB} kB）：设置、第 {step} 步的权重和优化器状态。',
  savedWeightsOnly:
    '已保存在本浏览器（{kB} kB）：设置和第 {step} 步的权重。连同优化器状态放不下（{reason}），所以恢复后优化器从头开始。',
  saveFailed:
    '浏览器没能保存（{reason}）：存储空间已满或被禁用。什么都没丢——模型还在页面上，可以改为下载文件。',
  readFailed: '读不了本浏览器的存储（{reason}）。',
  nothingSaved: '本浏览器里还没有保存过模型。',
  fileTooLarge: '这个文件有 {size} MB，模型文件最大 {max} MB。',
  restored:
    '已从{source}恢复：训练 {step} 步后的权重，在评估批次上的损失为 {loss}（即“代码”工具导出的程序最先打印的值）。接着训练会从这些权重继续。',
  optimiserKept: '优化器状态和数据流的位置也一并恢复了：接着训练会与保存时的那次训练完全一样。',
  optimiserNotKept:
    '优化器从头开始：{source}只保存了权重（保存时还不支持保存优化器状态，或那次训练没有可保存的优化器状态）。',
  optimiserNotTaken:
    '优化器从头开始：这个训练会话接收不了保存的状态（tfjs 引擎的优化器状态留在设备上；卡尔曼滤波没有优化器）。',
  sources: { link: '链接', file: '文件 {name} ', storage: '本浏览器' },
  refusedConfig: '这个配置不被接受，没有可以保存的权重。',
  file: {
    format: '读不了这个文件：{message}。',
    noSettings: '这个文件里有模型，但没有游乐场的设置（是别的图保存的）。',
    settings: '文件里的设置无效：{message}。',
    mismatch: '文件里的权重与它自己的设置所搭建的模型对不上。',
  },
  link: {
    tooLong: '链接里的权重太长，不予读取（{chars} 个字符，最多 {limit} 个）。',
    malformed: '链接里的权重不完整或已损坏；只恢复了设置，没有载入权重。',
    version: '链接里的权重格式本页读不了（{version}）。',
    otherModel: '链接里的权重属于另一个模型，与这些设置搭建的不同；只恢复了设置，没有载入权重。',
    count: '链接里有 {theirs} 个权重，而这个模型有 {ours} 个，没有载入。',
    nonFinite: '链接里的权重并非都是数：{total} 个中有 {bad} 个是 NaN 或无穷大，没有载入。',
    nonFiniteState:
      '链接里的优化器状态并非都是数：{total} 个矩估计中有 {bad} 个是 NaN 或无穷大，什么都没有载入。',
  },
};
