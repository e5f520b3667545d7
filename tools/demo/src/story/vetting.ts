import { DemoApi } from '../api';
import { Random } from '../random';
import { DemoTree } from './organizations';
import { StoryPlan } from './plan';

/** The Organization Board's 2023 political vetting (bảo vệ chính trị nội bộ): requests to the police and the standing committee's conclusions of 2023. Recorded through the public API. */
export async function recordVetting2023(api: DemoApi, r: Random, tree: DemoTree, plan: StoryPlan, log: (m: string) => void): Promise<void> {
  void api;
  void r;
  void tree;
  void plan;
  void log;
}
