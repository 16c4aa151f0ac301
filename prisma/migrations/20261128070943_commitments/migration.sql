-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "CityProgress";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "agendaItemId" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "notApplicable" BOOLEAN NOT NULL DEFAULT false,
    "notApplicableReason" TEXT,
    "status" TEXT NOT NULL DEFAULT 'NOT_STARTED',
    "percent" INTEGER NOT NULL DEFAULT 0,
    "lastReportedOn" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Commitment_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Commitment_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProgressReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "commitmentId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "percent" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '',
    "links" TEXT NOT NULL DEFAULT '',
    "reportedOn" DATETIME NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProgressReport_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgressReport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScorecardEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cityId" TEXT NOT NULL,
    "indicator" TEXT NOT NULL,
    "asOf" DATETIME NOT NULL,
    "source" TEXT NOT NULL,
    "uldEstablished" BOOLEAN,
    "uldDecree" TEXT,
    "employedWithDisability" INTEGER,
    "totalStaff" INTEGER,
    "jobSeekersRegistered" INTEGER,
    "jobSeekersPlaced" INTEGER,
    "periodStart" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ScorecardEntry_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ScorecardEntry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Commitment_cityId_status_idx" ON "Commitment"("cityId", "status");

-- CreateIndex
CREATE INDEX "Commitment_agendaItemId_status_idx" ON "Commitment"("agendaItemId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Commitment_agendaItemId_cityId_key" ON "Commitment"("agendaItemId", "cityId");

-- CreateIndex
CREATE INDEX "ProgressReport_commitmentId_reportedOn_idx" ON "ProgressReport"("commitmentId", "reportedOn");

-- CreateIndex
CREATE INDEX "ProgressReport_createdById_idx" ON "ProgressReport"("createdById");

-- CreateIndex
CREATE INDEX "ScorecardEntry_cityId_indicator_asOf_idx" ON "ScorecardEntry"("cityId", "indicator", "asOf");

-- CreateIndex
CREATE INDEX "ScorecardEntry_createdById_idx" ON "ScorecardEntry"("createdById");
