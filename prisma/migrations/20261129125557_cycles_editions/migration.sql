-- CreateTable
CREATE TABLE "Cycle" (
    "year" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "previousYear" INTEGER,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedById" TEXT,
    "closedAt" DATETIME,
    CONSTRAINT "Cycle_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgendaEdition" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cycleYear" INTEGER NOT NULL,
    "note" TEXT,
    "noteEn" TEXT,
    "frozenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "frozenById" TEXT,
    "digest" TEXT NOT NULL,
    CONSTRAINT "AgendaEdition_cycleYear_fkey" FOREIGN KEY ("cycleYear") REFERENCES "Cycle" ("year") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AgendaEdition_frozenById_fkey" FOREIGN KEY ("frozenById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EditionItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "editionId" TEXT NOT NULL,
    "agendaItemId" TEXT,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT,
    "description" TEXT NOT NULL,
    "descriptionEn" TEXT,
    "level" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "indicators" TEXT NOT NULL DEFAULT '',
    "themeSlug" TEXT,
    "version" INTEGER NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "sources" TEXT NOT NULL,
    "milestones" TEXT NOT NULL,
    "commitments" TEXT NOT NULL,
    "commitmentCount" INTEGER NOT NULL DEFAULT 0,
    "doneCount" INTEGER NOT NULL DEFAULT 0,
    "inProgressCount" INTEGER NOT NULL DEFAULT 0,
    "plannedCount" INTEGER NOT NULL DEFAULT 0,
    "notStartedCount" INTEGER NOT NULL DEFAULT 0,
    "averagePercent" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "EditionItem_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "AgendaEdition" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EditionItem_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AgendaItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "forumId" TEXT,
    "themeId" TEXT,
    "title" TEXT NOT NULL,
    "titleEn" TEXT,
    "description" TEXT NOT NULL,
    "descriptionEn" TEXT,
    "level" TEXT NOT NULL,
    "owner" TEXT NOT NULL DEFAULT 'POKJA',
    "indicators" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "priority" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" DATETIME,
    "cycleYear" INTEGER,
    "closedAt" DATETIME,
    "closedReason" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AgendaItem_cycleYear_fkey" FOREIGN KEY ("cycleYear") REFERENCES "Cycle" ("year") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AgendaItem_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AgendaItem_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AgendaItem_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AgendaItem" ("createdAt", "createdById", "description", "descriptionEn", "forumId", "id", "indicators", "level", "owner", "priority", "publishedAt", "status", "themeId", "title", "titleEn", "updatedAt", "version") SELECT "createdAt", "createdById", "description", "descriptionEn", "forumId", "id", "indicators", "level", "owner", "priority", "publishedAt", "status", "themeId", "title", "titleEn", "updatedAt", "version" FROM "AgendaItem";
DROP TABLE "AgendaItem";
ALTER TABLE "new_AgendaItem" RENAME TO "AgendaItem";
CREATE INDEX "AgendaItem_cycleYear_status_idx" ON "AgendaItem"("cycleYear", "status");
CREATE INDEX "AgendaItem_forumId_status_idx" ON "AgendaItem"("forumId", "status");
CREATE INDEX "AgendaItem_themeId_idx" ON "AgendaItem"("themeId");
CREATE INDEX "AgendaItem_status_priority_idx" ON "AgendaItem"("status", "priority");
CREATE INDEX "AgendaItem_createdById_idx" ON "AgendaItem"("createdById");
CREATE TABLE "new_Forum" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT,
    "venue" TEXT NOT NULL,
    "hostCityId" TEXT,
    "startsOn" DATETIME NOT NULL,
    "endsOn" DATETIME NOT NULL,
    "submissionOpensAt" DATETIME,
    "submissionClosesAt" DATETIME,
    "summary" TEXT,
    "summaryEn" TEXT,
    "minutes" TEXT,
    "minutesEn" TEXT,
    "cycleYear" INTEGER,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Forum_cycleYear_fkey" FOREIGN KEY ("cycleYear") REFERENCES "Cycle" ("year") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Forum_hostCityId_fkey" FOREIGN KEY ("hostCityId") REFERENCES "City" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Forum" ("createdAt", "endsOn", "hostCityId", "id", "isDemo", "slug", "startsOn", "submissionClosesAt", "submissionOpensAt", "summary", "summaryEn", "title", "titleEn", "updatedAt", "venue") SELECT "createdAt", "endsOn", "hostCityId", "id", "isDemo", "slug", "startsOn", "submissionClosesAt", "submissionOpensAt", "summary", "summaryEn", "title", "titleEn", "updatedAt", "venue" FROM "Forum";
DROP TABLE "Forum";
ALTER TABLE "new_Forum" RENAME TO "Forum";
CREATE UNIQUE INDEX "Forum_slug_key" ON "Forum"("slug");
CREATE INDEX "Forum_hostCityId_idx" ON "Forum"("hostCityId");
CREATE INDEX "Forum_startsOn_idx" ON "Forum"("startsOn");
CREATE INDEX "Forum_cycleYear_idx" ON "Forum"("cycleYear");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Cycle_status_idx" ON "Cycle"("status");

-- CreateIndex
CREATE INDEX "Cycle_startedById_idx" ON "Cycle"("startedById");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaEdition_cycleYear_key" ON "AgendaEdition"("cycleYear");

-- CreateIndex
CREATE INDEX "AgendaEdition_frozenById_idx" ON "AgendaEdition"("frozenById");

-- CreateIndex
CREATE INDEX "EditionItem_agendaItemId_idx" ON "EditionItem"("agendaItemId");

-- CreateIndex
CREATE UNIQUE INDEX "EditionItem_editionId_position_key" ON "EditionItem"("editionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "EditionItem_editionId_agendaItemId_key" ON "EditionItem"("editionId", "agendaItemId");

-- Data (issue 18.3, ADR 0013): every existing forum belongs to the cycle of its first day's year;
-- every existing agenda item to its forum's cycle, or to the year it was created in. Those cycles are
-- created open: nothing was frozen before cycles existed.
INSERT INTO "Cycle" ("year", "status")
SELECT DISTINCT years.y, 'OPEN' FROM (
  SELECT CAST(substr(f."startsOn", 1, 4) AS INTEGER) AS y FROM "Forum" f
  UNION SELECT COALESCE((SELECT CAST(substr(f."startsOn", 1, 4) AS INTEGER) FROM "Forum" f WHERE f."id" = a."forumId"), CAST(substr(a."createdAt", 1, 4) AS INTEGER)) AS y FROM "AgendaItem" a
) years
WHERE NOT EXISTS (SELECT 1 FROM "Cycle" c WHERE c."year" = years.y);
UPDATE "Forum" SET "cycleYear" = CAST(substr("startsOn", 1, 4) AS INTEGER) WHERE "cycleYear" IS NULL;
UPDATE "AgendaItem" SET "cycleYear" = COALESCE(
  (SELECT f."cycleYear" FROM "Forum" f WHERE f."id" = "AgendaItem"."forumId"),
  CAST(substr("AgendaItem"."createdAt", 1, 4) AS INTEGER)
) WHERE "cycleYear" IS NULL;
