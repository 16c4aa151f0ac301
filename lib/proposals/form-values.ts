import type { ProposalField } from "./schemas";

type Stored = {
  title: string; forumId: string | null; forumSessionId: string | null; activityId: string | null; themeId: string | null;
  scope: string | null; problem: string; evidence: string; action: string; targetGroups: string; timeframe: string | null;
  leadAgency: string; partners: string; indicators: string; budgetIdr: bigint | null; fundingSource: string;
};

/** A stored proposal as the strings its form shows. */
export function formValuesOf(p: Stored): Partial<Record<ProposalField, string>> {
  return {
    title: p.title, forumId: p.forumId ?? "", forumSessionId: p.forumSessionId ?? "", activityId: p.activityId ?? "", themeId: p.themeId ?? "",
    scope: p.scope ?? "", problem: p.problem, evidence: p.evidence, action: p.action, targetGroups: p.targetGroups, timeframe: p.timeframe ?? "",
    leadAgency: p.leadAgency, partners: p.partners, indicators: p.indicators, budgetIdr: p.budgetIdr?.toString() ?? "", fundingSource: p.fundingSource,
  };
}
