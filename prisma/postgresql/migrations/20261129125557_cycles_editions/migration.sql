-- CreateEnum
CREATE TYPE "CycleStatus" AS ENUM ('OPEN', 'FROZEN', 'CLOSED');

-- AlterEnum
ALTER TYPE "AgendaStatus" ADD VALUE 'CLOSED';

-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "closedReason" TEXT,
ADD COLUMN     "cycleYear" INTEGER;

-- AlterTable
ALTER TABLE "Forum" ADD COLUMN     "cycleYear" INTEGER,
ADD COLUMN     "minutes" TEXT,
ADD COLUMN     "minutesEn" TEXT;

-- CreateTable
CREATE TABLE "Cycle" (
    "year" INTEGER NOT NULL,
    "status" "CycleStatus" NOT NULL DEFAULT 'OPEN',
    "previousYear" INTEGER,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedById" TEXT,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "Cycle_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "AgendaEdition" (
    "id" TEXT NOT NULL,
    "cycleYear" INTEGER NOT NULL,
    "note" TEXT,
    "noteEn" TEXT,
    "frozenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "frozenById" TEXT,
    "digest" TEXT NOT NULL,

    CONSTRAINT "AgendaEdition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EditionItem" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "agendaItemId" TEXT,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT,
    "description" TEXT NOT NULL,
    "descriptionEn" TEXT,
    "level" "AgendaLevel" NOT NULL,
    "owner" "AgendaOwner" NOT NULL,
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

    CONSTRAINT "EditionItem_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE INDEX "AgendaItem_cycleYear_status_idx" ON "AgendaItem"("cycleYear", "status");

-- CreateIndex
CREATE INDEX "Forum_cycleYear_idx" ON "Forum"("cycleYear");

-- AddForeignKey
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_cycleYear_fkey" FOREIGN KEY ("cycleYear") REFERENCES "Cycle"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_cycleYear_fkey" FOREIGN KEY ("cycleYear") REFERENCES "Cycle"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cycle" ADD CONSTRAINT "Cycle_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaEdition" ADD CONSTRAINT "AgendaEdition_cycleYear_fkey" FOREIGN KEY ("cycleYear") REFERENCES "Cycle"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaEdition" ADD CONSTRAINT "AgendaEdition_frozenById_fkey" FOREIGN KEY ("frozenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditionItem" ADD CONSTRAINT "EditionItem_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "AgendaEdition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditionItem" ADD CONSTRAINT "EditionItem_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Data (issue 18.3, ADR 0013): every existing forum belongs to the cycle of its first day's year;
-- every existing agenda item to its forum's cycle, or to the year it was created in. Those cycles are
-- created open: nothing was frozen before cycles existed.
INSERT INTO "Cycle" ("year", "status")
SELECT DISTINCT years.y, 'OPEN'::"CycleStatus" FROM (
  SELECT CAST(EXTRACT(YEAR FROM f."startsOn") AS INTEGER) AS y FROM "Forum" f
  UNION SELECT COALESCE((SELECT CAST(EXTRACT(YEAR FROM f."startsOn") AS INTEGER) FROM "Forum" f WHERE f."id" = a."forumId"), CAST(EXTRACT(YEAR FROM a."createdAt") AS INTEGER)) AS y FROM "AgendaItem" a
) years
WHERE NOT EXISTS (SELECT 1 FROM "Cycle" c WHERE c."year" = years.y);
UPDATE "Forum" SET "cycleYear" = CAST(EXTRACT(YEAR FROM "startsOn") AS INTEGER) WHERE "cycleYear" IS NULL;
UPDATE "AgendaItem" SET "cycleYear" = COALESCE(
  (SELECT f."cycleYear" FROM "Forum" f WHERE f."id" = "AgendaItem"."forumId"),
  CAST(EXTRACT(YEAR FROM "AgendaItem"."createdAt") AS INTEGER)
) WHERE "cycleYear" IS NULL;
