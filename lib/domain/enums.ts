// The domain's words, once: the enums of prisma/schema.prisma as TypeScript types and as ordered lists
// (for zod, selects and message keys). Generated from the schema by Prisma, so a new status or role
// appears here, in every `z.enum` built from these lists and in the label test at once. Browser-safe:
// the generated enums file holds plain constants, no client.
import {
  ActivityKind, AgendaLevel, AgendaOwner, AgendaStatus, CommitmentKind, CycleStatus, LessonKind, MembershipStatus, ParticipationStatus, ProgressStatus,
  ProposalEventType, ProposalScope, ProposalStatus, Region, Role, ScorecardIndicator, SearchKind, SessionKind, Timeframe, TimeZoneCode, VerificationStatus,
} from "@/generated/sqlite/enums";

export {
  ActivityKind, AgendaLevel, AgendaOwner, AgendaStatus, CommitmentKind, CycleStatus, LessonKind, MembershipStatus, ParticipationStatus, ProgressStatus,
  ProposalEventType, ProposalScope, ProposalStatus, Region, Role, ScorecardIndicator, SearchKind, SessionKind, Timeframe, TimeZoneCode, VerificationStatus,
};

type Values<E extends Record<string, string>> = [E[keyof E], ...E[keyof E][]];
/** An enum's values in schema order, as the non-empty tuple z.enum wants. */
const list = <E extends Record<string, string>>(e: E) => Object.values(e) as Values<E>;

export const ROLES = list(Role);
export const REGIONS = list(Region);
export const TIME_ZONES = list(TimeZoneCode);
export const MEMBERSHIP_STATUSES = list(MembershipStatus);
export const SESSION_KINDS = list(SessionKind);
export const ACTIVITY_KINDS = list(ActivityKind);
export const PROPOSAL_STATUSES = list(ProposalStatus);
export const SCOPES = list(ProposalScope);
export const TIMEFRAMES = list(Timeframe);
export const AGENDA_LEVELS = list(AgendaLevel);
export const AGENDA_STATUSES = list(AgendaStatus);
export const PROGRESS_STATUSES = list(ProgressStatus);
export const CYCLE_STATUSES = list(CycleStatus);
export const PROPOSAL_EVENT_TYPES = list(ProposalEventType);
export const AGENDA_OWNERS = list(AgendaOwner);
export const COMMITMENT_KINDS = list(CommitmentKind);
export const SCORECARD_INDICATORS = list(ScorecardIndicator);
export const VERIFICATION_STATUSES = list(VerificationStatus);
export const SEARCH_KINDS = list(SearchKind);
/** A city's or a person's place in a forum: invited (attendance not recorded), attended, absent. */
export const PARTICIPATION_STATUSES = list(ParticipationStatus);

/** Every status a proposal has once its city has sent it: all but a draft. */
export type SentStatus = Exclude<ProposalStatus, "DRAFT">;
export const SENT_STATUSES = PROPOSAL_STATUSES.filter((s): s is SentStatus => s !== "DRAFT") as [SentStatus, ...SentStatus[]];

/** Disability categories of Law 8/2016 (stored comma-separated on a proposal, not an enum column). */
export const TARGET_GROUPS = ["PHYSICAL", "INTELLECTUAL", "MENTAL", "SENSORY", "MULTIPLE"] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** The target groups stored on a proposal (comma-separated), in their canonical order; unknown words are dropped. */
export function targetGroupsOf(stored: string | null | undefined): TargetGroup[] {
  const words = (stored ?? "").split(",");
  return TARGET_GROUPS.filter((g) => words.includes(g));
}
