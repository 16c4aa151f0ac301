// Demo accounts for trying the portal locally. Never created when DEMO_ACCOUNTS=off (production).
export const DEMO_PASSWORD = "Pokja-Inklusif-2023";

export const demoAccounts = [
  { email: "ketua@pokja.example", name: "Ketua Pokja (demo)", role: "CHAIR", city: null },
  { email: "sekretariat@pokja.example", name: "Sekretariat Pokja (demo)", role: "SECRETARIAT", city: null },
  { email: "dewan@pokja.example", name: "Dewan Pengurus (demo)", role: "BOARD", city: null },
  { email: "admin@pokja.example", name: "Admin Portal (demo)", role: "ADMIN", city: null },
  { email: "delegasi.metro@pokja.example", name: "Delegasi Kota Metro (demo)", role: "DELEGATE", city: "metro" },
  { email: "delegasi.bandung@pokja.example", name: "Delegasi Kota Bandung (demo)", role: "DELEGATE", city: "bandung" },
] as const;
