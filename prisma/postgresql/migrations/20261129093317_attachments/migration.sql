-- CreateEnum
CREATE TYPE "VerificationStatus" AS ENUM ('UNVERIFIED', 'VERIFIED', 'NEEDS_CLARIFICATION');

-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "currentVerified" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "verifiedOn" TIMESTAMP(3),
ADD COLUMN     "verifiedPercent" INTEGER,
ADD COLUMN     "verifiedStatus" "ProgressStatus";

-- AlterTable
ALTER TABLE "ProgressReport" ADD COLUMN     "verification" "VerificationStatus" NOT NULL DEFAULT 'UNVERIFIED',
ADD COLUMN     "verificationNote" TEXT,
ADD COLUMN     "verifiedAt" TIMESTAMP(3),
ADD COLUMN     "verifiedById" TEXT;

-- AlterTable
ALTER TABLE "ScorecardEntry" ADD COLUMN     "verification" "VerificationStatus" NOT NULL DEFAULT 'UNVERIFIED',
ADD COLUMN     "verificationNote" TEXT,
ADD COLUMN     "verifiedAt" TIMESTAMP(3),
ADD COLUMN     "verifiedById" TEXT;

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT,
    "progressReportId" TEXT,
    "scorecardEntryId" TEXT,
    "agendaItemId" TEXT,
    "forumId" TEXT,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "replacedAt" TIMESTAMP(3),
    "replacesId" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttachmentChunk" (
    "attachmentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "AttachmentChunk_pkey" PRIMARY KEY ("attachmentId","position")
);

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_replacesId_key" ON "Attachment"("replacesId");

-- CreateIndex
CREATE INDEX "Attachment_proposalId_replacedAt_idx" ON "Attachment"("proposalId", "replacedAt");

-- CreateIndex
CREATE INDEX "Attachment_progressReportId_replacedAt_idx" ON "Attachment"("progressReportId", "replacedAt");

-- CreateIndex
CREATE INDEX "Attachment_scorecardEntryId_replacedAt_idx" ON "Attachment"("scorecardEntryId", "replacedAt");

-- CreateIndex
CREATE INDEX "Attachment_agendaItemId_replacedAt_idx" ON "Attachment"("agendaItemId", "replacedAt");

-- CreateIndex
CREATE INDEX "Attachment_forumId_replacedAt_idx" ON "Attachment"("forumId", "replacedAt");

-- CreateIndex
CREATE INDEX "Attachment_uploadedById_idx" ON "Attachment"("uploadedById");

-- CreateIndex
CREATE INDEX "ProgressReport_verification_createdAt_idx" ON "ProgressReport"("verification", "createdAt");

-- CreateIndex
CREATE INDEX "ProgressReport_verifiedById_idx" ON "ProgressReport"("verifiedById");

-- CreateIndex
CREATE INDEX "ScorecardEntry_verification_createdAt_idx" ON "ScorecardEntry"("verification", "createdAt");

-- CreateIndex
CREATE INDEX "ScorecardEntry_verifiedById_idx" ON "ScorecardEntry"("verifiedById");

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardEntry" ADD CONSTRAINT "ScorecardEntry_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_progressReportId_fkey" FOREIGN KEY ("progressReportId") REFERENCES "ProgressReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_scorecardEntryId_fkey" FOREIGN KEY ("scorecardEntryId") REFERENCES "ScorecardEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "Attachment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttachmentChunk" ADD CONSTRAINT "AttachmentChunk_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
