import { Tag } from 'antd';
import type { ReactNode } from 'react';

export type Tone = 'ok' | 'late' | 'soon' | 'info' | 'neutral' | 'purple';

/**
 * A tag in the workspace's colours: dark text on a light ground (contrast ≥ 4.5:1, which antd's
 * preset green and blue tags do not reach); the words carry the meaning, the colour repeats it.
 */
export function ToneTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <Tag className={`inspection-tag inspection-tag-${tone}`}>{children}</Tag>;
}
