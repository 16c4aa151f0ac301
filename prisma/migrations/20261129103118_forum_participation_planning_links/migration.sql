-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN "descriptionEn" TEXT;
ALTER TABLE "AgendaItem" ADD COLUMN "titleEn" TEXT;

-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN "budgetYear" INTEGER;
ALTER TABLE "Commitment" ADD COLUMN "radReference" TEXT;
ALTER TABLE "Commitment" ADD COLUMN "rkpdReference" TEXT;
ALTER TABLE "Commitment" ADD COLUMN "rpjmdReference" TEXT;
ALTER TABLE "Commitment" ADD COLUMN "sipdActivity" TEXT;
ALTER TABLE "Commitment" ADD COLUMN "sipdProgram" TEXT;
ALTER TABLE "Commitment" ADD COLUMN "sipdSubActivity" TEXT;

-- CreateTable
CREATE TABLE "ForumParticipant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "forumId" TEXT NOT NULL,
    "cityId" TEXT,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL,
    "office" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ATTENDED',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ForumParticipant_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ForumParticipant_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ForumAttendance" (
    "forumId" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ATTENDED',
    "note" TEXT,

    PRIMARY KEY ("forumId", "cityId"),
    CONSTRAINT "ForumAttendance_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ForumAttendance_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ForumAttendance" ("cityId", "forumId") SELECT "cityId", "forumId" FROM "ForumAttendance";
DROP TABLE "ForumAttendance";
ALTER TABLE "new_ForumAttendance" RENAME TO "ForumAttendance";
CREATE INDEX "ForumAttendance_cityId_idx" ON "ForumAttendance"("cityId");
CREATE INDEX "ForumAttendance_forumId_status_idx" ON "ForumAttendance"("forumId", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ForumParticipant_cityId_idx" ON "ForumParticipant"("cityId");

-- CreateIndex
CREATE UNIQUE INDEX "ForumParticipant_forumId_position_key" ON "ForumParticipant"("forumId", "position");
