/**
 * How much of each main-thread task was the extension's own script? From the
 * events of a Chromium trace (categories in TRACE_CATEGORIES), with no browser.
 *
 * A task is a `ThreadControllerImpl::RunTask` event plus the microtask
 * checkpoint that Blink runs right after it, as a top-level event of its own.
 * Events nest by time. The extension's script is every event whose script URL
 * is the extension's (`FunctionCall` of a callback: mutation observer, timer,
 * frame, postTask; `EvaluateScript` of the content script), plus, in a task in
 * which such an event ran, every microtask run in which no page script runs:
 * the async continuations of the extension's callbacks run there without an
 * event that names them. When unsure, time is counted as the extension's.
 *
 * Each figure comes as wall time and as the main thread's CPU time (`tdur`): on
 * a shared machine the renderer is often descheduled in the middle of a task,
 * and wall time then measures the machine, not the code. Garbage collection
 * that V8 runs inside the extension's script is also given apart: its pause
 * depends on the whole page's heap, not on the slice it interrupts.
 */

export const TRACE_CATEGORIES = 'toplevel,devtools.timeline,v8.execute,blink.user_timing';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

export interface TaskCost {
  /** Start, in ms from the origin given in the trace's µs. */
  at: number;
  wallMs: number;
  cpuMs: number;
  /** The extension's own script within the task. */
  ownWallMs: number;
  ownCpuMs: number;
  /** Garbage collection that V8 ran inside the extension's script (part of `ownCpuMs`). */
  ownGcCpuMs: number;
  /** What the extension's time was spent in, outermost events first (name and function). */
  own: string[];
}

const TASK = 'ThreadControllerImpl::RunTask';
const PAGE_SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule']);

interface Node {
  event: TraceEvent;
  children: Node[];
}

const end = (event: TraceEvent) => event.ts + (event.dur ?? 0);
const ms = (us: number | undefined) => (us ?? 0) / 1000;

/** The main thread (`CrRendererMain`) of the renderer process `pid`. */
export function mainThreadOf(events: readonly TraceEvent[], pid: number): number | undefined {
  return events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
}

/** The complete events of one thread, nested by time. */
function forest(events: readonly TraceEvent[]): Node[] {
  const sorted = events.filter((e) => e.ph === 'X').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const event of sorted) {
    while (stack.length > 0 && end(stack.at(-1)!.event) <= event.ts) stack.pop();
    const node: Node = { event, children: [] };
    (stack.at(-1)?.children ?? roots).push(node);
    stack.push(node);
  }
  return roots;
}

function some(node: Node, test: (event: TraceEvent) => boolean): boolean {
  return test(node.event) || node.children.some((child) => some(child, test));
}

/** The outermost events of `node`'s subtree that pass `test`. */
function outermost(node: Node, test: (node: Node) => boolean, found: Node[] = []): Node[] {
  for (const child of node.children) {
    if (test(child)) found.push(child);
    else outermost(child, test, found);
  }
  return found;
}

const GC = /^(MajorGC|MinorGC|V8\.GC_|BlinkGC)/;
/** Blink runs a task's microtasks right after it, in a top-level event of their own. */
const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
const MICROTASKS = new Set(['RunMicrotasks', CHECKPOINT]);

/** The thread's tasks, each with the microtask checkpoint that follows it. */
function tasksOf(roots: Node[]): Node[][] {
  const tasks: Node[][] = [];
  const collect = (nodes: Node[], top: boolean) => {
    for (const node of nodes) {
      if (node.event.name === TASK) tasks.push([node]);
      else if (top && node.event.name === CHECKPOINT && tasks.length > 0) tasks.at(-1)!.push(node);
      else collect(node.children, false);
    }
  };
  collect(roots, true);
  return tasks;
}

const sum = (nodes: Node[], time: (event: TraceEvent) => number | undefined) =>
  nodes.reduce((total, node) => total + ms(time(node.event)), 0);
const cpu = (event: TraceEvent) => event.tdur ?? event.dur;

/** Whether the event ran a script whose URL `isOwn` accepts. */
const ranScriptOf = (isOwn: (url: string) => boolean) => (event: TraceEvent) =>
  event.args?.data?.url !== undefined && isOwn(event.args.data.url);

/**
 * Every task of the thread that `events` belong to, with the extension's share.
 * `isOwn(url)` says whether a script URL is the extension's.
 */
export function attributeTasks(events: readonly TraceEvent[], isOwn: (url: string) => boolean, originUs = 0): TaskCost[] {
  const own = ranScriptOf(isOwn);
  const pageScript = (event: TraceEvent) =>
    PAGE_SCRIPT.has(event.name) && event.args?.data?.url !== undefined && event.args.data.url !== '' && !isOwn(event.args.data.url);
  const isMine = (node: Node) => own(node.event) || (MICROTASKS.has(node.event.name) && !some(node, pageScript));
  return tasksOf(forest(events)).map((task) => {
    const ranOwn = task.some((node) => some(node, own));
    const mine = ranOwn ? task.flatMap((node) => (isMine(node) ? [node] : outermost(node, isMine))) : [];
    const gc = mine.flatMap((node) => outermost(node, (child) => GC.test(child.event.name)));
    const last = task.at(-1)!.event;
    return {
      at: ms(task[0]!.event.ts - originUs),
      wallMs: ms(end(last) - task[0]!.event.ts),
      cpuMs: sum(task, cpu),
      ownWallMs: sum(mine, (event) => event.dur),
      ownCpuMs: sum(mine, cpu),
      ownGcCpuMs: sum(gc, cpu),
      own: mine.map(({ event }) => [event.name, event.args?.data?.functionName].filter(Boolean).join(' ')),
    };
  });
}

/**
 * How many times the extension's script ran inside an event named `name` (its
 * outermost runs there): `FireAnimationFrame` counts the animation-frame
 * callbacks it ran, `EventDispatch` the event listeners.
 */
export function ownRunsWithin(events: readonly TraceEvent[], name: string, isOwn: (url: string) => boolean): number {
  const own = ranScriptOf(isOwn);
  const within = (nodes: Node[]): number =>
    nodes.reduce((count, node) => count + (node.event.name === name ? outermost(node, (child) => own(child.event)).length : within(node.children)), 0);
  return within(forest(events));
}

/** The extension's own script in a task, in CPU ms, garbage collection left out: what the long-task checks judge. */
export const ownScriptMs = (task: TaskCost): number => task.ownCpuMs - task.ownGcCpuMs;

/** The task in which the extension's script ran longest (by `ownScriptMs`); undefined for none. */
export function longestOwnTask(tasks: readonly TaskCost[]): TaskCost | undefined {
  return tasks.reduce<TaskCost | undefined>((a, b) => (a === undefined || ownScriptMs(b) > ownScriptMs(a) ? b : a), undefined);
}
