-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "replacedAt" DATETIME,
    "replacesId" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Attachment_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attachment_progressReportId_fkey" FOREIGN KEY ("progressReportId") REFERENCES "ProgressReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attachment_scorecardEntryId_fkey" FOREIGN KEY ("scorecardEntryId") REFERENCES "ScorecardEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attachment_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attachment_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Attachment_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "Attachment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AttachmentChunk" (
    "attachmentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "data" BLOB NOT NULL,

    PRIMARY KEY ("attachmentId", "position"),
    CONSTRAINT "AttachmentChunk_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Commitment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "agendaItemId" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "notApplicable" BOOLEAN NOT NULL DEFAULT false,
    "notApplicableReason" TEXT,
    "status" TEXT NOT NULL DEFAULT 'NOT_STARTED',
    "percent" INTEGER NOT NULL DEFAULT 0,
    "lastReportedOn" DATETIME,
    "verifiedStatus" TEXT,
    "verifiedPercent" INTEGER,
    "verifiedOn" DATETIME,
    "currentVerified" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Commitment_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Commitment_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Commitment" ("agendaItemId", "cityId", "createdAt", "id", "kind", "lastReportedOn", "notApplicable", "notApplicableReason", "percent", "status", "updatedAt", "version") SELECT "agendaItemId", "cityId", "createdAt", "id", "kind", "lastReportedOn", "notApplicable", "notApplicableReason", "percent", "status", "updatedAt", "version" FROM "Commitment";
DROP TABLE "Commitment";
ALTER TABLE "new_Commitment" RENAME TO "Commitment";
CREATE INDEX "Commitment_cityId_status_idx" ON "Commitment"("cityId", "status");
CREATE INDEX "Commitment_agendaItemId_status_idx" ON "Commitment"("agendaItemId", "status");
CREATE UNIQUE INDEX "Commitment_agendaItemId_cityId_key" ON "Commitment"("agendaItemId", "cityId");
CREATE TABLE "new_ProgressReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "commitmentId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "percent" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '',
    "links" TEXT NOT NULL DEFAULT '',
    "reportedOn" DATETIME NOT NULL,
    "createdById" TEXT,
    "verification" TEXT NOT NULL DEFAULT 'UNVERIFIED',
    "verifiedById" TEXT,
    "verifiedAt" DATETIME,
    "verificationNote" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProgressReport_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgressReport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ProgressReport_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ProgressReport" ("commitmentId", "createdAt", "createdById", "evidence", "id", "links", "percent", "reportedOn", "status", "summary") SELECT "commitmentId", "createdAt", "createdById", "evidence", "id", "links", "percent", "reportedOn", "status", "summary" FROM "ProgressReport";
DROP TABLE "ProgressReport";
ALTER TABLE "new_ProgressReport" RENAME TO "ProgressReport";
CREATE INDEX "ProgressReport_commitmentId_reportedOn_idx" ON "ProgressReport"("commitmentId", "reportedOn");
CREATE INDEX "ProgressReport_createdById_idx" ON "ProgressReport"("createdById");
CREATE INDEX "ProgressReport_verification_createdAt_idx" ON "ProgressReport"("verification", "createdAt");
CREATE INDEX "ProgressReport_verifiedById_idx" ON "ProgressReport"("verifiedById");
CREATE TABLE "new_ScorecardEntry" (
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
    "verification" TEXT NOT NULL DEFAULT 'UNVERIFIED',
    "verifiedById" TEXT,
    "verifiedAt" DATETIME,
    "verificationNote" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ScorecardEntry_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ScorecardEntry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ScorecardEntry_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ScorecardEntry" ("asOf", "cityId", "createdAt", "createdById", "employedWithDisability", "id", "indicator", "jobSeekersPlaced", "jobSeekersRegistered", "periodStart", "source", "totalStaff", "uldDecree", "uldEstablished") SELECT "asOf", "cityId", "createdAt", "createdById", "employedWithDisability", "id", "indicator", "jobSeekersPlaced", "jobSeekersRegistered", "periodStart", "source", "totalStaff", "uldDecree", "uldEstablished" FROM "ScorecardEntry";
DROP TABLE "ScorecardEntry";
ALTER TABLE "new_ScorecardEntry" RENAME TO "ScorecardEntry";
CREATE INDEX "ScorecardEntry_cityId_indicator_asOf_idx" ON "ScorecardEntry"("cityId", "indicator", "asOf");
CREATE INDEX "ScorecardEntry_createdById_idx" ON "ScorecardEntry"("createdById");
CREATE INDEX "ScorecardEntry_verification_createdAt_idx" ON "ScorecardEntry"("verification", "createdAt");
CREATE INDEX "ScorecardEntry_verifiedById_idx" ON "ScorecardEntry"("verifiedById");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
