-- CreateEnum
CREATE TYPE "ProposalEventType" AS ENUM ('CREATED', 'SAVED', 'SUBMITTED', 'RESUBMITTED', 'WITHDRAWN', 'ACCEPTED', 'REVISION_REQUESTED', 'REJECTED', 'MERGED', 'UNMERGED');

-- DropIndex
DROP INDEX "Proposal_status_idx";

-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "evidence" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "fingerprint" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "fundingSource" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "indicators" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "leadAgency" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "partners" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "targetGroups" TEXT NOT NULL DEFAULT '',
ALTER COLUMN "themeId" DROP NOT NULL,
ALTER COLUMN "scope" DROP NOT NULL,
ALTER COLUMN "problem" SET DEFAULT '',
ALTER COLUMN "action" SET DEFAULT '';

-- CreateTable
CREATE TABLE "ProposalVersion" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalEvent" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "type" "ProposalEventType" NOT NULL,
    "fromStatus" "ProposalStatus",
    "toStatus" "ProposalStatus" NOT NULL,
    "version" INTEGER NOT NULL,
    "comment" TEXT,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Endorsement" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "endorsedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "Endorsement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProposalVersion_createdById_idx" ON "ProposalVersion"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalVersion_proposalId_version_key" ON "ProposalVersion"("proposalId", "version");

-- CreateIndex
CREATE INDEX "ProposalEvent_proposalId_createdAt_idx" ON "ProposalEvent"("proposalId", "createdAt");

-- CreateIndex
CREATE INDEX "ProposalEvent_actorId_idx" ON "ProposalEvent"("actorId");

-- CreateIndex
CREATE INDEX "ProposalEvent_type_createdAt_idx" ON "ProposalEvent"("type", "createdAt");

-- CreateIndex
CREATE INDEX "Endorsement_cityId_idx" ON "Endorsement"("cityId");

-- CreateIndex
CREATE INDEX "Endorsement_endorsedById_idx" ON "Endorsement"("endorsedById");

-- CreateIndex
CREATE UNIQUE INDEX "Endorsement_proposalId_cityId_key" ON "Endorsement"("proposalId", "cityId");

-- CreateIndex
CREATE INDEX "Proposal_status_submittedAt_idx" ON "Proposal"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "Proposal_createdById_idx" ON "Proposal"("createdById");

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalVersion" ADD CONSTRAINT "ProposalVersion_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalVersion" ADD CONSTRAINT "ProposalVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalEvent" ADD CONSTRAINT "ProposalEvent_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalEvent" ADD CONSTRAINT "ProposalEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Endorsement" ADD CONSTRAINT "Endorsement_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Endorsement" ADD CONSTRAINT "Endorsement_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Endorsement" ADD CONSTRAINT "Endorsement_endorsedById_fkey" FOREIGN KEY ("endorsedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
