import type { Scheduler, SchedulerMember } from '../scheduler';

/** What a member does when the scheduler tells it to stop or to look at visibility again. */
export interface MemberHandlers {
  /** Another member was started by the reader: pause until the reader starts this one again. */
  preempt(): void;
  /** The page or the figure was shown or hidden: hold or go on accordingly. */
  visibilityChanged(): void;
}

/**
 * A seat in a page's Scheduler, the one membership training sessions and jobs both hold: it
 * joins on creation, claims the turn when the reader starts it, and knows whether it may run —
 * its figure on screen (setVisible, from an IntersectionObserver) and the page visible.
 */
export class SchedulerSeat {
  private visible = true;
  private readonly member: SchedulerMember;
  private readonly leaveScheduler: () => void;

  constructor(
    private readonly scheduler: Scheduler,
    readonly concurrent: boolean,
    handlers: MemberHandlers,
  ) {
    this.member = {
      concurrent,
      preempt: () => handlers.preempt(),
      visibilityChanged: () => handlers.visibilityChanged(),
    };
    this.leaveScheduler = scheduler.join(this.member);
  }

  /** Why the member may not run now, or null when it may. */
  get heldBy(): 'figure' | 'page' | null {
    if (!this.scheduler.pageVisible) return 'page';
    return this.visible ? null : 'figure';
  }

  get allowed(): boolean {
    return this.heldBy === null;
  }

  /** The reader started this member: the one running before it is preempted (unless concurrent). */
  claim(): void {
    this.scheduler.claim(this.member);
  }

  /** The figure entered (true) or left the viewport; returns whether that changed anything. */
  setVisible(visible: boolean): boolean {
    if (visible === this.visible) return false;
    this.visible = visible;
    return true;
  }

  leave(): void {
    this.leaveScheduler();
  }
}
