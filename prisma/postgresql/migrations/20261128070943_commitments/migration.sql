-- CreateEnum
CREATE TYPE "CommitmentKind" AS ENUM ('REQUIRED', 'VOLUNTARY');

-- CreateEnum
CREATE TYPE "ScorecardIndicator" AS ENUM ('ULD', 'GOVERNMENT_EMPLOYMENT', 'JOB_PLACEMENT');

-- DropForeignKey
ALTER TABLE "CityProgress" DROP CONSTRAINT "CityProgress_agendaItemId_fkey";

-- DropForeignKey
ALTER TABLE "CityProgress" DROP CONSTRAINT "CityProgress_cityId_fkey";

-- DropTable
DROP TABLE "CityProgress";

-- CreateTable
CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL,
    "agendaItemId" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "kind" "CommitmentKind" NOT NULL,
    "notApplicable" BOOLEAN NOT NULL DEFAULT false,
    "notApplicableReason" TEXT,
    "status" "ProgressStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "percent" INTEGER NOT NULL DEFAULT 0,
    "lastReportedOn" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressReport" (
    "id" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "status" "ProgressStatus" NOT NULL,
    "percent" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '',
    "links" TEXT NOT NULL DEFAULT '',
    "reportedOn" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScorecardEntry" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "indicator" "ScorecardIndicator" NOT NULL,
    "asOf" TIMESTAMP(3) NOT NULL,
    "source" TEXT NOT NULL,
    "uldEstablished" BOOLEAN,
    "uldDecree" TEXT,
    "employedWithDisability" INTEGER,
    "totalStaff" INTEGER,
    "jobSeekersRegistered" INTEGER,
    "jobSeekersPlaced" INTEGER,
    "periodStart" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScorecardEntry_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardEntry" ADD CONSTRAINT "ScorecardEntry_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardEntry" ADD CONSTRAINT "ScorecardEntry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
