export const REGIONS = ["SUMATERA", "JAWA", "BALI_NUSA_TENGGARA", "KALIMANTAN", "SULAWESI", "MALUKU_PAPUA"] as const;
export const TIME_ZONES = ["WIB", "WITA", "WIT"] as const;
export const MEMBERSHIP_STATUSES = ["INVITED", "MEMBER", "LEFT"] as const;
export type RegionCode = (typeof REGIONS)[number];
export type MembershipCode = (typeof MEMBERSHIP_STATUSES)[number];

/** Which membership changes make sense; staying in the same status is not a change. */
export const MEMBERSHIP_TRANSITIONS: Record<MembershipCode, readonly MembershipCode[]> = {
  INVITED: ["MEMBER", "LEFT"],
  MEMBER: ["LEFT"],
  LEFT: ["INVITED", "MEMBER"],
};
