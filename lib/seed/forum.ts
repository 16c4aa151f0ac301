// The consolidation forum of 28 February 2023 as the source article describes it. Session times
// are not in the source, so none are set. Who took part is the article's: the 28 member cities as
// participants, the 8 cities "yang berpeluang bergabung dalam pokja" as invited (whether they came is
// not said, so it is not recorded), and the two people it names. Nobody else is added.
import type { ActivityKind, ParticipationStatus, SessionKind } from "@/generated/sqlite/enums";
import { seedCities } from "./cities";

export const malangForum = {
  slug: "forum-konsolidasi-malang-2023",
  title: "Forum Konsolidasi Pokja Menuju Kota Inklusif Apeksi",
  titleEn: "Consolidation Forum of Apeksi's Working Group Towards Inclusive Cities",
  venue: "Hotel Santika Premiere Malang",
  hostCitySlug: "malang",
  startsOn: "2023-02-28",
  endsOn: "2023-02-28",
  summary:
    "Forum konsolidasi pengarusutamaan pusat ketenagakerjaan inklusif untuk pemerintah kota, sebagai tindak lanjut program pengarusutamaan bersama GIZ. Forum merumuskan langkah konkret dari hasil diskusi, catatan, dan rekomendasi sejak Desember, menjadi rencana aksi setiap kota anggota Pokja dan agenda nasional Apeksi.",
  summaryEn:
    "Consolidation forum on mainstreaming inclusive job centres for city governments, following up the mainstreaming programme with GIZ. The forum drew concrete steps from the discussions, notes and recommendations gathered since December, as an action plan for every member city and Apeksi's national agenda.",
  objectives: [
    {
      text: "Mendiseminasikan kebijakan dan praktik baik dalam membangun ketenagakerjaan yang inklusif, baik di pusat maupun di daerah.",
      textEn: "Disseminate policies and good practice on inclusive employment, national and local.",
    },
    {
      text: "Mereview proses Program Pengarusutamaan Pusat Ketenagakerjaan Inklusif (Inclusive Job Centre) untuk Pemerintah Kota kepada anggota Pokja Menuju Kota Inklusif Apeksi.",
      textEn: "Review the Inclusive Job Centre mainstreaming programme for city governments with the working group's members.",
    },
    {
      text: "Menyusun rencana program pengembangan pusat ketenagakerjaan inklusif dan pasar ketenagakerjaan inklusif oleh Pokja Menuju Kota Inklusif Apeksi.",
      textEn: "Draw up the working group's programme plan for inclusive job centres and the inclusive labour market.",
    },
  ],
  /** The article's participants: the member cities (seedCities' MEMBER list). */
  attendedCitySlugs: seedCities.filter((c) => c.status === "MEMBER").map((c) => c.slug),
  /** The article's invited cities (seedCities' INVITED list), with why they were invited. */
  invitedCitySlugs: seedCities.filter((c) => c.status === "INVITED").map((c) => c.slug),
  // The same words as the data migration 20261129103509_malang_forum_invitations writes.
  invitedNote: "Diundang sebagai kota yang berpeluang bergabung dalam Pokja Menuju Kota Inklusif Apeksi",
  participants: [
    { name: "Wahdi Siradjuddin", jobTitle: "Wali Kota Metro, Ketua Pokja Menuju Kota Inklusif Apeksi", office: "Pemerintah Kota Metro", citySlug: "metro", status: "ATTENDED" as ParticipationStatus },
    { name: "Erik Setyo Santoso", jobTitle: "Sekretaris Daerah Kota Malang (narasumber)", office: "Pemerintah Kota Malang", citySlug: "malang", status: "ATTENDED" as ParticipationStatus },
  ],
  sessions: [
    {
      kind: "OPENING" as SessionKind,
      title: "Pembukaan forum konsolidasi",
      titleEn: "Opening of the consolidation forum",
      speakers: [{ name: "Wahdi Siradjuddin", role: "Wali Kota Metro, Ketua Pokja Menuju Kota Inklusif Apeksi", roleEn: "Mayor of Metro, Chair of the Working Group Towards Inclusive Cities" }],
    },
    {
      kind: "TALK" as SessionKind,
      title: "Peran pemerintah daerah dalam pendampingan ketenagakerjaan penyandang disabilitas",
      titleEn: "The role of local government in supporting persons with disabilities into employment",
      speakers: [{ name: "Erik Setyo Santoso", role: "Sekretaris Daerah Kota Malang", roleEn: "Regional Secretary of Malang City" }],
    },
    {
      kind: "GROUP_DISCUSSION" as SessionKind,
      title: "Diskusi kelompok: merumuskan langkah konkret rencana aksi",
      titleEn: "Group discussion: drafting concrete action-plan steps",
      speakers: [],
    },
    {
      kind: "PLENARY" as SessionKind,
      title: "Pleno: rencana aksi kota anggota dan rekomendasi agenda nasional Apeksi",
      titleEn: "Plenary: member cities' action plan and recommendations for Apeksi's national agenda",
      speakers: [],
    },
  ],
};

/** The steps of the mainstreaming programme the article lists; no dates or figures are invented. */
export const programmeActivities: { kind: ActivityKind; title: string; titleEn: string }[] = [
  { kind: "ASSESSMENT_SURVEY", title: "Asesmen dan survei", titleEn: "Assessment and survey" },
  { kind: "FOCUS_GROUP_DISCUSSION", title: "Diskusi kelompok terarah (FGD)", titleEn: "Focus-group discussions" },
  { kind: "HANDBOOK", title: "Pengembangan panduan (handbook)", titleEn: "Handbook development" },
  { kind: "CAMPAIGN_MEDIA", title: "Pengembangan media pendidikan dan kampanye", titleEn: "Education and campaign media" },
  { kind: "TRAINING", title: "Pelatihan", titleEn: "Training" },
  { kind: "RADIO_TALK_SHOW", title: "Talkshow radio", titleEn: "Radio talk shows" },
  { kind: "NATIONAL_SEMINAR", title: "Seminar nasional", titleEn: "National seminar" },
];
