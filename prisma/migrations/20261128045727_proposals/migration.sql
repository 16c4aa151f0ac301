-- CreateTable
CREATE TABLE "ProposalVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "proposalId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProposalVersion_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProposalVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProposalEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "proposalId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "comment" TEXT,
    "actorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProposalEvent_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProposalEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Endorsement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "proposalId" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "endorsedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" DATETIME,
    CONSTRAINT "Endorsement_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Endorsement_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Endorsement_endorsedById_fkey" FOREIGN KEY ("endorsedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Proposal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cityId" TEXT NOT NULL,
    "forumId" TEXT,
    "forumSessionId" TEXT,
    "activityId" TEXT,
    "themeId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "scope" TEXT,
    "title" TEXT NOT NULL,
    "problem" TEXT NOT NULL DEFAULT '',
    "evidence" TEXT NOT NULL DEFAULT '',
    "action" TEXT NOT NULL DEFAULT '',
    "targetGroups" TEXT NOT NULL DEFAULT '',
    "timeframe" TEXT,
    "leadAgency" TEXT NOT NULL DEFAULT '',
    "partners" TEXT NOT NULL DEFAULT '',
    "indicators" TEXT NOT NULL DEFAULT '',
    "budgetIdr" BIGINT,
    "fundingSource" TEXT NOT NULL DEFAULT '',
    "fingerprint" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "submittedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Proposal_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Proposal_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Proposal_forumSessionId_fkey" FOREIGN KEY ("forumSessionId") REFERENCES "ForumSession" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Proposal_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "ProgrammeActivity" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Proposal_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Proposal_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Proposal" ("action", "activityId", "budgetIdr", "cityId", "createdAt", "forumId", "forumSessionId", "id", "isDemo", "problem", "scope", "status", "submittedAt", "themeId", "timeframe", "title", "updatedAt", "version") SELECT "action", "activityId", "budgetIdr", "cityId", "createdAt", "forumId", "forumSessionId", "id", "isDemo", "problem", "scope", "status", "submittedAt", "themeId", "timeframe", "title", "updatedAt", "version" FROM "Proposal";
DROP TABLE "Proposal";
ALTER TABLE "new_Proposal" RENAME TO "Proposal";
CREATE INDEX "Proposal_cityId_status_idx" ON "Proposal"("cityId", "status");
CREATE INDEX "Proposal_forumId_status_idx" ON "Proposal"("forumId", "status");
CREATE INDEX "Proposal_forumSessionId_idx" ON "Proposal"("forumSessionId");
CREATE INDEX "Proposal_activityId_idx" ON "Proposal"("activityId");
CREATE INDEX "Proposal_themeId_status_idx" ON "Proposal"("themeId", "status");
CREATE INDEX "Proposal_status_submittedAt_idx" ON "Proposal"("status", "submittedAt");
CREATE INDEX "Proposal_createdById_idx" ON "Proposal"("createdById");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
