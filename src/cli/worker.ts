/** A batch worker thread: loads the pipeline and the model once, then runs jobs as they come. */
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type JobSettings } from './job.js';

const settings = workerData as JobSettings;
parentPort!.on('message', (job: Job) => {
  void runJob(job, settings).then((result) => parentPort!.postMessage(result));
});
