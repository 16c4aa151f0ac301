// Demo data, marked as such (isDemo) wherever it is shown: a forum whose submission period is open
// around the day the database is created, and sample proposals of a few cities. None of it is a
// statement of what these cities actually proposed.
import { addDemoFile, samplePdf } from "./demo-files";
import { ensureCycle } from "@/lib/cycles/commands.server";
import type { Db, Tx } from "@/lib/db.server";
import { snapshotOf } from "@/lib/proposals/commands.server";
import { fingerprint } from "@/lib/proposals/similarity";

export const DEMO_FORUM_SLUG = "forum-contoh-rencana-aksi";

type Sample = {
  city: string; theme: string; scope: "CITY_ACTION_PLAN" | "NATIONAL_AGENDA"; title: string; problem: string; evidence: string;
  action: string; targetGroups: string; timeframe: "SHORT" | "MEDIUM" | "LONG"; leadAgency: string; partners: string; indicators: string;
  budgetIdr: bigint | null; fundingSource: string;
};

export const demoProposals: Sample[] = [
  {
    city: "bandung", theme: "uld-job-centre", scope: "CITY_ACTION_PLAN",
    title: "Membentuk Unit Layanan Disabilitas (ULD) Ketenagakerjaan di Disnaker Kota Bandung",
    problem: "Pencari kerja penyandang disabilitas belum memiliki layanan khusus di dinas tenaga kerja, sehingga pendaftaran, konseling, dan penempatan kerja tidak terpadu.",
    evidence: "Contoh: catatan FGD program pengarusutamaan menyebut layanan tersebar di beberapa dinas.",
    action: "Menetapkan ULD Ketenagakerjaan melalui Peraturan Wali Kota, menunjuk petugas terlatih, dan membuka loket layanan yang aksesibel di Disnaker.",
    targetGroups: "PHYSICAL,SENSORY,INTELLECTUAL,MENTAL", timeframe: "SHORT", leadAgency: "Dinas Tenaga Kerja",
    partners: "Organisasi penyandang disabilitas, Dinas Sosial", indicators: "Perwal ULD terbit; loket ULD melayani pencari kerja disabilitas setiap hari kerja.",
    budgetIdr: 250_000_000n, fundingSource: "APBD",
  },
  {
    city: "semarang", theme: "uld-job-centre", scope: "CITY_ACTION_PLAN",
    title: "Pembentukan ULD Ketenagakerjaan pada Dinas Tenaga Kerja Kota Semarang",
    problem: "Layanan ketenagakerjaan bagi penyandang disabilitas belum terpadu; pencari kerja disabilitas harus mendatangi beberapa kantor.",
    evidence: "Contoh: pengaduan warga dan catatan forum komunikasi disabilitas.",
    action: "Membentuk Unit Layanan Disabilitas bidang ketenagakerjaan di Disnaker dengan Perwal, petugas terlatih, dan layanan konseling kerja.",
    targetGroups: "PHYSICAL,SENSORY,MENTAL", timeframe: "SHORT", leadAgency: "Dinas Tenaga Kerja",
    partners: "Organisasi penyandang disabilitas", indicators: "ULD berdiri dan melayani pencari kerja disabilitas.",
    budgetIdr: 200_000_000n, fundingSource: "APBD",
  },
  {
    city: "kupang", theme: "uld-job-centre", scope: "NATIONAL_AGENDA",
    title: "ULD Ketenagakerjaan di setiap kota anggota Apeksi",
    problem: "Banyak kota belum memiliki Unit Layanan Disabilitas ketenagakerjaan seperti diwajibkan PP 60/2020.",
    evidence: "Contoh: hasil asesmen program pengarusutamaan.",
    action: "Apeksi mendorong setiap kota anggota membentuk ULD ketenagakerjaan di Disnaker, dengan panduan dan pendampingan bersama.",
    targetGroups: "PHYSICAL,SENSORY,INTELLECTUAL,MENTAL,MULTIPLE", timeframe: "MEDIUM", leadAgency: "Dinas Tenaga Kerja",
    partners: "Apeksi, GIZ", indicators: "Jumlah kota anggota yang memiliki ULD ketenagakerjaan bertambah setiap tahun.",
    budgetIdr: null, fundingSource: "",
  },
  {
    city: "surakarta", theme: "data-registration", scope: "NATIONAL_AGENDA",
    title: "Basis data terpadu pencari kerja penyandang disabilitas antarkota",
    problem: "Data pencari kerja disabilitas tersebar dan tidak sama formatnya, sehingga sulit mencocokkan dengan lowongan.",
    evidence: "Contoh: asesmen program menemukan format pendataan yang berbeda di setiap kota.",
    action: "Apeksi menyusun format data bersama dan mendorong integrasi dengan sistem informasi ketenagakerjaan nasional.",
    targetGroups: "PHYSICAL,SENSORY,INTELLECTUAL,MENTAL,MULTIPLE", timeframe: "MEDIUM", leadAgency: "Dinas Tenaga Kerja",
    partners: "Kementerian Ketenagakerjaan, perguruan tinggi", indicators: "Format data bersama disepakati; 10 kota mengirim data dengan format itu.",
    budgetIdr: null, fundingSource: "",
  },
  {
    city: "makassar", theme: "skills-training", scope: "CITY_ACTION_PLAN",
    title: "Pelatihan keterampilan digital bagi pemuda penyandang disabilitas",
    problem: "Pemuda penyandang disabilitas kurang mendapat pelatihan keterampilan yang dicari pasar kerja.",
    evidence: "Contoh: hasil diskusi kelompok dengan organisasi penyandang disabilitas setempat.",
    action: "Menyelenggarakan pelatihan desain grafis, pemasaran digital, dan administrasi perkantoran dengan materi dan tempat yang aksesibel.",
    targetGroups: "PHYSICAL,SENSORY", timeframe: "SHORT", leadAgency: "Balai Latihan Kerja",
    partners: "Perusahaan teknologi setempat", indicators: "60 peserta lulus pelatihan; 20 di antaranya bekerja dalam 6 bulan.",
    budgetIdr: 180_000_000n, fundingSource: "APBD dan CSR",
  },
  {
    city: "denpasar", theme: "employer-quota", scope: "NATIONAL_AGENDA",
    title: "Kampanye kepatuhan kuota 1% pekerja disabilitas di perusahaan swasta",
    problem: "Banyak perusahaan belum mengetahui kewajiban mempekerjakan paling sedikit 1% penyandang disabilitas.",
    evidence: "Contoh: talkshow radio program menerima banyak pertanyaan dari pemberi kerja.",
    action: "Kampanye nasional bersama asosiasi pengusaha, panduan praktis rekrutmen inklusif, dan penghargaan bagi perusahaan yang patuh.",
    targetGroups: "PHYSICAL,SENSORY,INTELLECTUAL,MENTAL,MULTIPLE", timeframe: "MEDIUM", leadAgency: "Dinas Tenaga Kerja",
    partners: "Asosiasi pengusaha, GIZ", indicators: "Jumlah perusahaan yang melaporkan pekerja disabilitas naik setiap tahun.",
    budgetIdr: 120_000_000n, fundingSource: "APBD",
  },
  {
    city: "pontianak", theme: "accessibility", scope: "CITY_ACTION_PLAN",
    title: "Halte dan trotoar aksesibel menuju kawasan industri",
    problem: "Pekerja penyandang disabilitas kesulitan mencapai tempat kerja karena halte dan trotoar tidak aksesibel.",
    evidence: "Contoh: audit aksesibilitas sederhana oleh organisasi penyandang disabilitas.",
    action: "Memperbaiki halte dan trotoar pada rute utama menuju kawasan industri sesuai standar aksesibilitas.",
    targetGroups: "PHYSICAL,SENSORY", timeframe: "LONG", leadAgency: "Dinas Pekerjaan Umum",
    partners: "Dinas Perhubungan", indicators: "Rute utama menuju kawasan industri memenuhi standar aksesibilitas.",
    budgetIdr: 900_000_000n, fundingSource: "APBD",
  },
];

/** A demo forum open for submissions from a week before to two months after `today`. */
export async function seedDemoForumAndProposals(db: Db, today = new Date()) {
  if (await db.forum.findUnique({ where: { slug: DEMO_FORUM_SLUG }, select: { id: true } })) return;
  const day = (offset: number) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + offset));
  const cities = new Map((await db.city.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
  const themes = new Map((await db.theme.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
  const members = await db.city.findMany({ where: { membershipStatus: "MEMBER" }, select: { id: true } });
  // Drawn before the transaction: it holds the database only for its own writes.
  const [formPdf, minutesPdf] = await Promise.all([
    samplePdf("Formulir pendataan pencari kerja penyandang disabilitas", [
      "Contoh formulir yang dipakai Dinas Tenaga Kerja untuk mencatat pencari kerja penyandang disabilitas: nama, NIK, ragam disabilitas menurut UU 8/2016, pendidikan, keterampilan, akomodasi yang diperlukan, dan bidang kerja yang diminati.",
      "Berkas ini adalah data contoh untuk mencoba fitur berkas pendukung di portal.",
    ]),
    samplePdf("Notulen Forum Contoh", [
      "Contoh notulen: peserta membahas rencana aksi Pusat Ketenagakerjaan Inklusif, pembagian tugas antarperangkat daerah, dan jadwal pengajuan usulan kota.",
      "Berkas ini adalah data contoh untuk mencoba dokumen forum di portal.",
    ]),
  ]);
  await db.$transaction(async (tx) => {
    const forum = await tx.forum.create({
      data: {
        slug: DEMO_FORUM_SLUG,
        title: "Forum Contoh: Rencana Aksi Pusat Ketenagakerjaan Inklusif",
        titleEn: "Sample forum: Inclusive Job Centre action plan",
        venue: "Daring (contoh)",
        startsOn: day(-7),
        endsOn: day(60),
        cycleYear: await ensureCycle(tx, day(-7).getUTCFullYear()),
        // Local midnight of the first day to the end of the last day, in WIB.
        submissionOpensAt: new Date(day(-7).getTime() - 7 * 3_600_000),
        submissionClosesAt: new Date(day(61).getTime() - 7 * 3_600_000),
        summary: "Forum contoh untuk mencoba portal: delegasi kota dapat mengajukan usulan selama jadwal pengajuan dibuka.",
        summaryEn: "A sample forum for trying the portal: city delegates can submit proposals while its submission period is open.",
        isDemo: true,
        attendances: { create: members.map((m) => ({ cityId: m.id })) },
      },
    });
    const created = new Map<string, string>();
    for (const s of demoProposals) {
      const { city, theme, ...content } = s;
      const proposal = await tx.proposal.create({
        data: {
          ...content, cityId: cities.get(city)!, themeId: themes.get(theme)!, forumId: forum.id, status: "SUBMITTED",
          submittedAt: today, isDemo: true, fingerprint: fingerprint(`${s.title} ${s.problem} ${s.action}`),
        },
      });
      await tx.proposalVersion.create({ data: { proposalId: proposal.id, version: 1, snapshot: JSON.stringify(snapshotOf(proposal)) } });
      await tx.proposalEvent.createMany({
        data: [
          { proposalId: proposal.id, type: "CREATED", toStatus: "DRAFT", version: 1 },
          { proposalId: proposal.id, type: "SUBMITTED", fromStatus: "DRAFT", toStatus: "SUBMITTED", version: 1 },
        ],
      });
      created.set(city, proposal.id);
    }
    await seedDemoDiscussion(tx, created, cities, today);
    const uploaders = new Map((await tx.user.findMany({ where: { email: { in: ["delegasi.bandung@pokja.example", "ketua@pokja.example"] } }, select: { id: true, email: true } })).map((u) => [u.email, u.id]));
    const bandungProposal = created.get("bandung");
    if (bandungProposal) {
      await addDemoFile(tx, { proposalId: bandungProposal }, {
        name: "formulir-pendataan-pencari-kerja-disabilitas.pdf", description: "Contoh formulir pendataan pencari kerja penyandang disabilitas di Disnaker.",
        data: formPdf, uploadedById: uploaders.get("delegasi.bandung@pokja.example") ?? null, createdAt: today,
      });
    }
    await addDemoFile(tx, { forumId: forum.id }, {
      name: "notulen-forum-contoh.pdf", description: "Contoh notulen forum.", data: minutesPdf, uploadedById: uploaders.get("ketua@pokja.example") ?? null, createdAt: today,
    });
  });
}

/**
 * A little working-group life on the demo proposals: two cities back others' proposals, and a short
 * exchange on one of them. Every comment is marked as demo data; the demo accounts write them.
 */
async function seedDemoDiscussion(tx: Tx, proposals: Map<string, string>, cities: Map<string, string>, today: Date) {
  const users = new Map((await tx.user.findMany({ where: { email: { in: ["delegasi.bandung@pokja.example", "delegasi.metro@pokja.example", "ketua@pokja.example"] } }, select: { id: true, email: true } })).map((u) => [u.email, u.id]));
  const bandung = users.get("delegasi.bandung@pokja.example");
  const metro = users.get("delegasi.metro@pokja.example");
  const chair = users.get("ketua@pokja.example");
  // Just after the proposals were sent (the seed's "now"), never in the future.
  const at = (seconds: number) => new Date(today.getTime() + seconds * 1000);
  const backing = [
    { proposal: proposals.get("denpasar"), city: cities.get("bandung"), by: bandung },
    { proposal: proposals.get("surakarta"), city: cities.get("metro"), by: metro },
  ];
  for (const b of backing) {
    if (!b.proposal || !b.city) continue;
    await tx.endorsement.create({ data: { proposalId: b.proposal, cityId: b.city, endorsedById: b.by ?? null } });
    await tx.proposal.update({ where: { id: b.proposal }, data: { endorsementCount: { increment: 1 } } });
  }
  const data = proposals.get("surakarta");
  if (!data || !bandung || !chair) return;
  const first = await tx.comment.create({
    data: {
      proposalId: data, authorId: bandung, cityId: cities.get("bandung"), isDemo: true, createdAt: at(1),
      body: "Contoh komentar: Kota Bandung sudah mencatat pencari kerja penyandang disabilitas di Disnaker sejak 2022. Kami bersedia berbagi format formulirnya agar data antarkota dapat digabungkan.",
    },
  });
  await tx.comment.create({
    data: {
      proposalId: data, parentId: first.id, authorId: chair, isDemo: true, createdAt: at(2),
      body: "Contoh balasan: Terima kasih. Mohon unggah formulir tersebut ke usulan kota Anda; Sekretariat akan membahasnya pada rapat Pokja berikutnya.",
    },
  });
  await tx.proposal.update({ where: { id: data }, data: { commentCount: 2 } });
}
