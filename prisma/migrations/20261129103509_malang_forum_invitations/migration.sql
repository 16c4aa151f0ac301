-- Data migration, no schema change (issue 18.1): the Malang consolidation forum of 28 February 2023 as
-- the source article (Antara, 28 February 2023) tells it, for databases seeded before the forum kept
-- invitations and people. The 8 cities invited as cities that may join the working group, and the two
-- people the article names. Each row only when the forum and the city exist and nothing is recorded
-- for them yet: a database where the secretariat already recorded them is left as it is. The same SQL
-- runs on SQLite and PostgreSQL (prisma/migrations and prisma/postgresql/migrations).

INSERT INTO "ForumAttendance" ("forumId", "cityId", "status", "note")
SELECT f."id", c."id", 'INVITED', 'Diundang sebagai kota yang berpeluang bergabung dalam Pokja Menuju Kota Inklusif Apeksi'
FROM "Forum" f, "City" c
WHERE f."slug" = 'forum-konsolidasi-malang-2023'
  AND c."slug" IN ('banjar', 'probolinggo', 'malang', 'magelang', 'palu', 'ternate', 'bitung', 'batu')
  AND NOT EXISTS (SELECT 1 FROM "ForumAttendance" a WHERE a."forumId" = f."id" AND a."cityId" = c."id");

INSERT INTO "ForumParticipant" ("id", "forumId", "cityId", "position", "name", "jobTitle", "office", "status")
SELECT 'malang2023-wahdi-siradjuddin', f."id", (SELECT c."id" FROM "City" c WHERE c."slug" = 'metro'),
  COALESCE((SELECT MAX(p."position") FROM "ForumParticipant" p WHERE p."forumId" = f."id"), 0) + 1,
  'Wahdi Siradjuddin', 'Wali Kota Metro, Ketua Pokja Menuju Kota Inklusif Apeksi', 'Pemerintah Kota Metro', 'ATTENDED'
FROM "Forum" f
WHERE f."slug" = 'forum-konsolidasi-malang-2023'
  AND NOT EXISTS (SELECT 1 FROM "ForumParticipant" p WHERE p."forumId" = f."id" AND p."name" = 'Wahdi Siradjuddin')
  AND NOT EXISTS (SELECT 1 FROM "ForumParticipant" p WHERE p."id" = 'malang2023-wahdi-siradjuddin');

INSERT INTO "ForumParticipant" ("id", "forumId", "cityId", "position", "name", "jobTitle", "office", "status")
SELECT 'malang2023-erik-setyo-santoso', f."id", (SELECT c."id" FROM "City" c WHERE c."slug" = 'malang'),
  COALESCE((SELECT MAX(p."position") FROM "ForumParticipant" p WHERE p."forumId" = f."id"), 0) + 1,
  'Erik Setyo Santoso', 'Sekretaris Daerah Kota Malang (narasumber)', 'Pemerintah Kota Malang', 'ATTENDED'
FROM "Forum" f
WHERE f."slug" = 'forum-konsolidasi-malang-2023'
  AND NOT EXISTS (SELECT 1 FROM "ForumParticipant" p WHERE p."forumId" = f."id" AND p."name" = 'Erik Setyo Santoso')
  AND NOT EXISTS (SELECT 1 FROM "ForumParticipant" p WHERE p."id" = 'malang2023-erik-setyo-santoso');
