// Reads a Chromium trace (the JSON `browser.stopTracing()` returns) for scripts/long-tasks.mjs:
// the page's main-thread tasks with their wall-clock (`dur`) and CPU (`tdur`) times.

const taskNames = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** The top-level tasks of every renderer main thread (CrRendererMain), in microseconds. */
export function mainThreadTasks(buffer) {
  const { traceEvents } = JSON.parse(buffer.toString('utf8'));
  const main = new Set(
    traceEvents
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = traceEvents
    .filter((e) => e.ph === 'X' && taskNames.has(e.name) && main.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts);
  // Only the outermost: a nested run loop's tasks are part of the task that runs it.
  const outer = [];
  const endOf = new Map();
  for (const e of tasks) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ts < (endOf.get(thread) ?? -Infinity)) continue;
    endOf.set(thread, e.ts + (e.dur ?? 0));
    outer.push({ thread, start: e.ts, wall: e.dur ?? 0, cpu: e.tdur ?? 0 });
  }
  return outer;
}

/**
 * What the task list says: how many tasks took over 50 ms of wall-clock and of CPU, how many over
 * 20 ms of CPU, and the longest of each.
 */
export function traceSummary(buffer) {
  const tasks = mainThreadTasks(buffer);
  const ms = (us) => Math.round(us / 100) / 10;
  const over = (key, limit) => tasks.filter((t) => t[key] > limit * 1000).length;
  const longest = (key) => ms(Math.max(0, ...tasks.map((t) => t[key])));
  const byCpu = [...tasks].sort((a, b) => b.cpu - a.cpu).slice(0, 5);
  return (
    `${tasks.length} tasks; over 50 ms wall ${over('wall', 50)}, longest wall ${longest('wall')} ms; ` +
    `over 50 ms CPU ${over('cpu', 50)}, over 20 ms CPU ${over('cpu', 20)}, longest CPU ${longest('cpu')} ms ` +
    `(top CPU: ${byCpu.map((t) => `${ms(t.cpu)}/${ms(t.wall)}`).join(', ')} ms CPU/wall)`
  );
}

/**
 * For diagnosis (DETAIL=1): what the tasks over `limitMs` of CPU did — their largest nested
 * trace events (a script's function, a timer, an event handler, style, layout, paint).
 */
export function heavyTaskDetail(buffer, limitMs = 20) {
  const { traceEvents } = JSON.parse(buffer.toString('utf8'));
  const heavy = mainThreadTasks(buffer).filter((t) => t.cpu > limitMs * 1000);
  return heavy.map((task) => {
    const inside = traceEvents.filter(
      (e) =>
        e.ph === 'X' &&
        !taskNames.has(e.name) &&
        `${e.pid}:${e.tid}` === task.thread &&
        e.ts >= task.start &&
        e.ts + (e.dur ?? 0) <= task.start + task.wall,
    );
    const label = (e) => {
      const d = e.args?.data ?? {};
      return [e.name, d.functionName, d.type, d.url?.split('/').pop(), d.lineNumber]
        .filter((x) => x !== undefined && x !== '')
        .join(' ');
    };
    const top = inside
      .sort((a, b) => (b.tdur ?? b.dur) - (a.tdur ?? a.dur))
      .slice(0, 6)
      .map((e) => `${label(e)} ${Math.round((e.tdur ?? e.dur) / 100) / 10}`);
    return `${Math.round(task.cpu / 100) / 10} ms CPU: ${top.join('; ')}`;
  });
}
