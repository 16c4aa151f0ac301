import { wholeNumberInput } from "@/lib/format/numbers";
import type { ProposalField } from "./schemas";

type Stored = {
  title: string; forumId: string | null; forumSessionId: string | null; activityId: string | null; themeId: string | null;
  scope: string | null; problem: string; evidence: string; action: string; targetGroups: string; timeframe: string | null;
  leadAgency: string; partners: string; indicators: string; budgetIdr: bigint | null; fundingSource: string;
};

/** A stored proposal as the strings its form shows, numbers written as the reader writes them. */
export function formValuesOf(p: Stored, locale: string): Partial<Record<ProposalField, string>> {
  return {
    title: p.title, forumId: p.forumId ?? "", forumSessionId: p.forumSessionId ?? "", activityId: p.activityId ?? "", themeId: p.themeId ?? "",
    scope: p.scope ?? "", problem: p.problem, evidence: p.evidence, action: p.action, targetGroups: p.targetGroups, timeframe: p.timeframe ?? "",
    leadAgency: p.leadAgency, partners: p.partners, indicators: p.indicators, budgetIdr: wholeNumberInput(p.budgetIdr, locale), fundingSource: p.fundingSource,
  };
}
