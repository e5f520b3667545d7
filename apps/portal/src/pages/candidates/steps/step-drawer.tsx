import type { QueryKey } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useOutletContext } from 'react-router-dom';
import type { CandidateView } from '../../../api/candidates';
import { formatLocalDate } from '../../../format';
import { CommandDrawer } from '../../../ui/command-drawer';
import type { StepCommand } from '../pipeline';

/** The candidate whose record the step's drawer opens over. */
export const useCandidate = () => useOutletContext<CandidateView>();

/** What a step changes: the record, the board's columns, the deadlines, the person's member record. */
export const STEP_INVALIDATES: QueryKey[] = [['candidates'], ['admissions'], ['members']];

/** Back on the record once the step is written (the drawer closes, focus returns to the step's button). */
export function useBackToRecord() {
  const navigate = useNavigate();
  const c = useCandidate();
  return () => navigate(`/candidates/${c.id}`);
}

/** A step's command over the candidate's record, at `/candidates/:id/<step>`. */
export function StepDrawer({ cmd, children }: { cmd: StepCommand; children: ReactNode }) {
  const { t } = useTranslation();
  const c = useCandidate();
  return (
    <CommandDrawer title={`${t(`candidates.commands.${cmd}`)} — ${c.fullName}`} backTo={`/candidates/${c.id}`} width={600}>
      {children}
    </CommandDrawer>
  );
}

/** A client rule: this date cannot precede another one already recorded (the server checks it too). */
export function useNotBefore() {
  const { t } = useTranslation();
  return (field: string, other: string, otherDate: string | null | undefined) => ({
    validator: (_: unknown, v?: string) =>
      v && otherDate && v < otherDate ? Promise.reject(new Error(t('candidates.form.notBefore', { field, other: other.toLowerCase(), date: formatLocalDate(otherDate) }))) : Promise.resolve(),
  });
}
