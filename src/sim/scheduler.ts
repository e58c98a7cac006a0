/**
 * Fair sharing of the machine between the training sessions of one page. One session trains at
 * a time: when the reader starts another, the one that was training is paused (sessions created
 * with `concurrent: true` neither pause others nor get paused). A session also stops while its
 * widget is out of the viewport or the tab is hidden, and picks up again — with what was left of
 * its run — when it is visible again.
 *
 * The scheduler knows nothing of the DOM: the UI calls `setPageVisible` from
 * document.visibilitychange and each session's `setVisible` from an IntersectionObserver.
 */
export interface SchedulerMember {
  readonly concurrent: boolean;
  /** Another session was started: pause until the reader starts this one again. */
  preempt(): void;
  /** The page's visibility changed: stop or resume accordingly. */
  visibilityChanged(): void;
}

export class Scheduler {
  private readonly members = new Set<SchedulerMember>();
  private active: SchedulerMember | null = null;
  private page = true;

  get pageVisible(): boolean {
    return this.page;
  }

  /** How many sessions are registered (disposed ones leave). */
  get size(): number {
    return this.members.size;
  }

  setPageVisible(visible: boolean): void {
    if (visible === this.page) return;
    this.page = visible;
    for (const member of [...this.members]) member.visibilityChanged();
  }

  /** Registers a session; returns the function that removes it. */
  join(member: SchedulerMember): () => void {
    this.members.add(member);
    return () => {
      this.members.delete(member);
      if (this.active === member) this.active = null;
    };
  }

  /** `member` is about to train at the reader's request: the one training before it pauses. */
  claim(member: SchedulerMember): void {
    if (member.concurrent) return;
    const previous = this.active;
    this.active = member;
    if (previous && previous !== member && this.members.has(previous)) previous.preempt();
  }
}

/** The scheduler sessions share unless they are given another (one page, one scheduler). */
export const pageScheduler = new Scheduler();
