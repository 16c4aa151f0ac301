// The brief's suggested themes; the chair can edit the list in the portal.
export const seedThemes = [
  { slug: "uld-job-centre", nameId: "Layanan ULD / pusat ketenagakerjaan inklusif", nameEn: "ULD / inclusive job-centre services" },
  { slug: "data-registration", nameId: "Data dan registrasi pencari kerja penyandang disabilitas", nameEn: "Data and registration of job seekers with disabilities" },
  { slug: "skills-training", nameId: "Pelatihan keterampilan dan rehabilitasi vokasional", nameEn: "Skills training and vocational rehabilitation" },
  { slug: "employer-quota", nameId: "Pelibatan pemberi kerja dan kuota 1%/2%", nameEn: "Employer engagement and the 1%/2% quota" },
  { slug: "accessibility", nameId: "Tempat kerja, transportasi, dan informasi yang aksesibel", nameEn: "Accessible workplaces, transport and information" },
  { slug: "regulation-budget", nameId: "Regulasi, perencanaan, dan anggaran (Perda/Perwal, RPJMD, APBD)", nameEn: "Regulation, planning and budget (Perda/Perwal, RPJMD, APBD)" },
  { slug: "awareness", nameId: "Kesadaran publik dan kampanye", nameEn: "Awareness and campaigns" },
  { slug: "partnerships", nameId: "Kemitraan (organisasi penyandang disabilitas, GIZ, dunia usaha, perguruan tinggi)", nameEn: "Partnerships (organisations of persons with disabilities, GIZ, business, universities)" },
  { slug: "entrepreneurship", nameId: "Kewirausahaan", nameEn: "Entrepreneurship" },
];
