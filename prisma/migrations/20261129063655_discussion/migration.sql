-- AlterTable
ALTER TABLE "Notification" ADD COLUMN "agendaItemId" TEXT;
ALTER TABLE "Notification" ADD COLUMN "mailedAt" DATETIME;

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "proposalId" TEXT,
    "agendaItemId" TEXT,
    "parentId" TEXT,
    "authorId" TEXT,
    "cityId" TEXT,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'VISIBLE',
    "hiddenReason" TEXT,
    "hiddenById" TEXT,
    "editedAt" DATETIME,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Comment_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Comment_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Comment_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Comment_hiddenById_fkey" FOREIGN KEY ("hiddenById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommentVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "commentId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CommentVersion_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ThreadMute" (
    "userId" TEXT NOT NULL,
    "thread" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "thread"),
    CONSTRAINT "ThreadMute_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "endorsementCount" INTEGER NOT NULL DEFAULT 0,
    "commentCount" INTEGER NOT NULL DEFAULT 0,
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
INSERT INTO "new_Proposal" ("action", "activityId", "budgetIdr", "cityId", "createdAt", "createdById", "evidence", "fingerprint", "forumId", "forumSessionId", "fundingSource", "id", "indicators", "isDemo", "leadAgency", "partners", "problem", "scope", "status", "submittedAt", "targetGroups", "themeId", "timeframe", "title", "updatedAt", "version") SELECT "action", "activityId", "budgetIdr", "cityId", "createdAt", "createdById", "evidence", "fingerprint", "forumId", "forumSessionId", "fundingSource", "id", "indicators", "isDemo", "leadAgency", "partners", "problem", "scope", "status", "submittedAt", "targetGroups", "themeId", "timeframe", "title", "updatedAt", "version" FROM "Proposal";
DROP TABLE "Proposal";
ALTER TABLE "new_Proposal" RENAME TO "Proposal";
CREATE INDEX "Proposal_cityId_status_themeId_forumId_scope_idx" ON "Proposal"("cityId", "status", "themeId", "forumId", "scope");
CREATE INDEX "Proposal_forumId_status_idx" ON "Proposal"("forumId", "status");
CREATE INDEX "Proposal_forumSessionId_idx" ON "Proposal"("forumSessionId");
CREATE INDEX "Proposal_activityId_idx" ON "Proposal"("activityId");
CREATE INDEX "Proposal_themeId_status_idx" ON "Proposal"("themeId", "status");
CREATE INDEX "Proposal_status_submittedAt_idx" ON "Proposal"("status", "submittedAt");
CREATE INDEX "Proposal_status_endorsementCount_idx" ON "Proposal"("status", "endorsementCount");
CREATE INDEX "Proposal_status_commentCount_idx" ON "Proposal"("status", "commentCount");
CREATE INDEX "Proposal_createdById_idx" ON "Proposal"("createdById");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Comment_proposalId_createdAt_idx" ON "Comment"("proposalId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_agendaItemId_createdAt_idx" ON "Comment"("agendaItemId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_parentId_idx" ON "Comment"("parentId");

-- CreateIndex
CREATE INDEX "Comment_authorId_createdAt_idx" ON "Comment"("authorId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_cityId_idx" ON "Comment"("cityId");

-- CreateIndex
CREATE INDEX "Comment_hiddenById_idx" ON "Comment"("hiddenById");

-- CreateIndex
CREATE INDEX "CommentVersion_commentId_createdAt_idx" ON "CommentVersion"("commentId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_kind_mailedAt_idx" ON "Notification"("kind", "mailedAt");

-- Backfill: cities backing each proposal now.
UPDATE "Proposal" SET "endorsementCount" = (SELECT COUNT(*) FROM "Endorsement" e WHERE e."proposalId" = "Proposal"."id" AND e."withdrawnAt" IS NULL);
