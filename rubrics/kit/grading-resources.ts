// Host only: opens the resources the rubrics declare (each name once, shared) and closes them all at the end.
import type { ExerciseRubric, GradingResource, GradingResources, ResourceOptions } from './rubric-module';

export function openGradingResources(rubrics: readonly ExerciseRubric[], options: ResourceOptions = {}): GradingResources {
  const opened = new Map<string, GradingResource>();
  for (const rubric of rubrics) {
    for (const [name, open] of Object.entries(rubric.resources ?? {})) {
      if (!opened.has(name)) opened.set(name, open(options));
    }
  }
  return {
    ...Object.fromEntries(opened),
    async close() {
      // Close every one even if one fails, then report the first failure.
      const results = await Promise.allSettled([...opened.values()].map((r) => r.close()));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
    },
  };
}

/** The resource a rubric declared under `name`, or a clear error naming what is missing. */
export function gradingResource<T>(resources: GradingResources, name: string): T {
  const resource = resources[name];
  if (resource === undefined || resource === null) throw new Error(`The grading resource "${name}" was not opened; open resources with openGradingResources over the registered rubrics.`);
  return resource as T;
}
