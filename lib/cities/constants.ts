import { MEMBERSHIP_STATUSES, REGIONS, TIME_ZONES, type MembershipStatus, type Region } from "@/lib/domain/enums";

export { MEMBERSHIP_STATUSES, REGIONS, TIME_ZONES };
export type RegionCode = Region;
export type MembershipCode = MembershipStatus;

/** Which membership changes make sense; staying in the same status is not a change. */
export const MEMBERSHIP_TRANSITIONS: Record<MembershipCode, readonly MembershipCode[]> = {
  INVITED: ["MEMBER", "LEFT"],
  MEMBER: ["LEFT"],
  LEFT: ["INVITED", "MEMBER"],
};
