-- CreateEnum
CREATE TYPE "AgendaOwner" AS ENUM ('APEKSI', 'POKJA', 'EACH_CITY');

-- DropIndex
DROP INDEX "AgendaSource_agendaItemId_proposalId_key";

-- DropIndex
DROP INDEX "AgendaSource_proposalId_idx";

-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "indicators" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "owner" "AgendaOwner" NOT NULL DEFAULT 'POKJA';

-- AlterTable
ALTER TABLE "AgendaSource" ADD COLUMN     "addedById" TEXT,
ADD COLUMN     "mergeId" TEXT NOT NULL,
ADD COLUMN     "previousStatus" "ProposalStatus" NOT NULL;

-- CreateTable
CREATE TABLE "AgendaMilestone" (
    "id" TEXT NOT NULL,
    "agendaItemId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "dueOn" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgendaMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItemVersion" (
    "id" TEXT NOT NULL,
    "agendaItemId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgendaItemVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "proposalId" TEXT,
    "params" TEXT NOT NULL DEFAULT '{}',
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClusterDismissal" (
    "key" TEXT NOT NULL,
    "dismissedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClusterDismissal_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "AgendaMilestone_agendaItemId_position_key" ON "AgendaMilestone"("agendaItemId", "position");

-- CreateIndex
CREATE INDEX "AgendaItemVersion_createdById_idx" ON "AgendaItemVersion"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItemVersion_agendaItemId_version_key" ON "AgendaItemVersion"("agendaItemId", "version");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_proposalId_idx" ON "Notification"("proposalId");

-- CreateIndex
CREATE INDEX "AgendaItem_createdById_idx" ON "AgendaItem"("createdById");

-- CreateIndex
CREATE INDEX "AgendaSource_agendaItemId_idx" ON "AgendaSource"("agendaItemId");

-- CreateIndex
CREATE INDEX "AgendaSource_mergeId_idx" ON "AgendaSource"("mergeId");

-- CreateIndex
CREATE INDEX "AgendaSource_addedById_idx" ON "AgendaSource"("addedById");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaSource_proposalId_key" ON "AgendaSource"("proposalId");

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaMilestone" ADD CONSTRAINT "AgendaMilestone_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemVersion" ADD CONSTRAINT "AgendaItemVersion_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemVersion" ADD CONSTRAINT "AgendaItemVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaSource" ADD CONSTRAINT "AgendaSource_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
