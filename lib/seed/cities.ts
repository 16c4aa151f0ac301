// The working group's cities as named in the source article (Antara, 28 Feb 2023): 28 members and 8
// invited cities. Province, region, time zone and approximate city-centre coordinates are public facts.
import type { MembershipStatus, Region, TimeZoneCode } from "@/generated/sqlite/enums";

type SeedCity = {
  slug: string;
  name: string;
  province: string;
  region: Region;
  timeZone: TimeZoneCode;
  latitude: number;
  longitude: number;
  status: MembershipStatus;
};

const c = (slug: string, name: string, province: string, region: Region, timeZone: TimeZoneCode, latitude: number, longitude: number, status: MembershipStatus): SeedCity => ({
  slug, name, province, region, timeZone, latitude, longitude, status,
});

export const seedCities: SeedCity[] = [
  c("banda-aceh", "Banda Aceh", "Aceh", "SUMATERA", "WIB", 5.5483, 95.3238, "MEMBER"),
  c("padang", "Padang", "Sumatera Barat", "SUMATERA", "WIB", -0.9471, 100.4172, "MEMBER"),
  c("bengkulu", "Bengkulu", "Bengkulu", "SUMATERA", "WIB", -3.8004, 102.2655, "MEMBER"),
  c("jambi", "Jambi", "Jambi", "SUMATERA", "WIB", -1.6101, 103.6131, "MEMBER"),
  c("palembang", "Palembang", "Sumatera Selatan", "SUMATERA", "WIB", -2.9761, 104.7754, "MEMBER"),
  c("metro", "Metro", "Lampung", "SUMATERA", "WIB", -5.1131, 105.3067, "MEMBER"),
  c("tangerang-selatan", "Tangerang Selatan", "Banten", "JAWA", "WIB", -6.2886, 106.7179, "MEMBER"),
  c("bogor", "Bogor", "Jawa Barat", "JAWA", "WIB", -6.5971, 106.806, "MEMBER"),
  c("jakarta-pusat", "Jakarta Pusat", "DKI Jakarta", "JAWA", "WIB", -6.1862, 106.8341, "MEMBER"),
  c("bandung", "Bandung", "Jawa Barat", "JAWA", "WIB", -6.9175, 107.6191, "MEMBER"),
  c("semarang", "Semarang", "Jawa Tengah", "JAWA", "WIB", -6.9667, 110.4167, "MEMBER"),
  c("salatiga", "Salatiga", "Jawa Tengah", "JAWA", "WIB", -7.3305, 110.5084, "MEMBER"),
  c("surakarta", "Surakarta", "Jawa Tengah", "JAWA", "WIB", -7.5755, 110.8243, "MEMBER"),
  c("yogyakarta", "Yogyakarta", "DI Yogyakarta", "JAWA", "WIB", -7.7956, 110.3695, "MEMBER"),
  c("kediri", "Kediri", "Jawa Timur", "JAWA", "WIB", -7.848, 112.0178, "MEMBER"),
  c("mojokerto", "Mojokerto", "Jawa Timur", "JAWA", "WIB", -7.4722, 112.4336, "MEMBER"),
  c("denpasar", "Denpasar", "Bali", "BALI_NUSA_TENGGARA", "WITA", -8.6705, 115.2126, "MEMBER"),
  c("kupang", "Kupang", "Nusa Tenggara Timur", "BALI_NUSA_TENGGARA", "WITA", -10.1772, 123.607, "MEMBER"),
  c("singkawang", "Singkawang", "Kalimantan Barat", "KALIMANTAN", "WIB", 0.906, 108.9872, "MEMBER"),
  c("pontianak", "Pontianak", "Kalimantan Barat", "KALIMANTAN", "WIB", -0.0263, 109.3425, "MEMBER"),
  c("banjarmasin", "Banjarmasin", "Kalimantan Selatan", "KALIMANTAN", "WITA", -3.3186, 114.5944, "MEMBER"),
  c("banjarbaru", "Banjarbaru", "Kalimantan Selatan", "KALIMANTAN", "WITA", -3.4572, 114.8103, "MEMBER"),
  c("balikpapan", "Balikpapan", "Kalimantan Timur", "KALIMANTAN", "WITA", -1.2379, 116.8529, "MEMBER"),
  c("samarinda", "Samarinda", "Kalimantan Timur", "KALIMANTAN", "WITA", -0.5022, 117.1536, "MEMBER"),
  c("bontang", "Bontang", "Kalimantan Timur", "KALIMANTAN", "WITA", 0.1333, 117.5, "MEMBER"),
  c("tarakan", "Tarakan", "Kalimantan Utara", "KALIMANTAN", "WITA", 3.3, 117.6333, "MEMBER"),
  c("makassar", "Makassar", "Sulawesi Selatan", "SULAWESI", "WITA", -5.1477, 119.4327, "MEMBER"),
  c("ambon", "Ambon", "Maluku", "MALUKU_PAPUA", "WIT", -3.6954, 128.1814, "MEMBER"),
  c("banjar", "Banjar", "Jawa Barat", "JAWA", "WIB", -7.3707, 108.5342, "INVITED"),
  c("probolinggo", "Probolinggo", "Jawa Timur", "JAWA", "WIB", -7.7543, 113.2159, "INVITED"),
  c("malang", "Malang", "Jawa Timur", "JAWA", "WIB", -7.9666, 112.6326, "INVITED"),
  c("magelang", "Magelang", "Jawa Tengah", "JAWA", "WIB", -7.4797, 110.2177, "INVITED"),
  c("palu", "Palu", "Sulawesi Tengah", "SULAWESI", "WITA", -0.8917, 119.8707, "INVITED"),
  c("ternate", "Ternate", "Maluku Utara", "MALUKU_PAPUA", "WIT", 0.7833, 127.3667, "INVITED"),
  c("bitung", "Bitung", "Sulawesi Utara", "SULAWESI", "WITA", 1.4404, 125.1217, "INVITED"),
  c("batu", "Batu", "Jawa Timur", "JAWA", "WIB", -7.8672, 112.5239, "INVITED"),
];

/** The date the article records the membership as it stands: the Malang forum. */
export const MEMBERSHIP_RECORDED_ON = "2023-02-28";
