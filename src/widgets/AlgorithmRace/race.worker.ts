/** Runs the algorithm race off the main thread (see raceRunner.ts); terminated to stop. */
import type { RaceCommand, RaceReply } from './protocol';
import { RaceRunner } from './raceRunner';

let runner: RaceRunner | null = null;
const post = (reply: RaceReply) => self.postMessage(reply);

self.addEventListener('message', (event: MessageEvent<RaceCommand>) => {
  const command = event.data;
  try {
    if (command.kind === 'start') {
      runner?.pause();
      runner = new RaceRunner(command.settings, command.timing, (progress) =>
        post({ kind: 'progress', progress }),
      );
      runner.start();
    } else if (command.kind === 'pause') runner?.pause();
    else runner?.start();
  } catch (e) {
    post({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
  }
});
