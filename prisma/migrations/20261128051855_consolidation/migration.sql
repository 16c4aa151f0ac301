-- CreateTable
CREATE TABLE "AgendaMilestone" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "agendaItemId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "dueOn" DATETIME NOT NULL,
    CONSTRAINT "AgendaMilestone_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgendaItemVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "agendaItemId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AgendaItemVersion_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgendaItemVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "proposalId" TEXT,
    "params" TEXT NOT NULL DEFAULT '{}',
    "readAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClusterDismissal" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "dismissedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AgendaItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "forumId" TEXT,
    "themeId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "owner" TEXT NOT NULL DEFAULT 'POKJA',
    "indicators" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "priority" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AgendaItem_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AgendaItem_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AgendaItem_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AgendaItem" ("createdAt", "description", "forumId", "id", "level", "priority", "publishedAt", "status", "themeId", "title", "updatedAt", "version") SELECT "createdAt", "description", "forumId", "id", "level", "priority", "publishedAt", "status", "themeId", "title", "updatedAt", "version" FROM "AgendaItem";
DROP TABLE "AgendaItem";
ALTER TABLE "new_AgendaItem" RENAME TO "AgendaItem";
CREATE INDEX "AgendaItem_forumId_status_idx" ON "AgendaItem"("forumId", "status");
CREATE INDEX "AgendaItem_themeId_idx" ON "AgendaItem"("themeId");
CREATE INDEX "AgendaItem_status_priority_idx" ON "AgendaItem"("status", "priority");
CREATE INDEX "AgendaItem_createdById_idx" ON "AgendaItem"("createdById");
CREATE TABLE "new_AgendaSource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "agendaItemId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "mergeId" TEXT NOT NULL,
    "previousStatus" TEXT NOT NULL,
    "addedById" TEXT,
    "addedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AgendaSource_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgendaSource_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AgendaSource_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AgendaSource" ("addedAt", "agendaItemId", "id", "proposalId") SELECT "addedAt", "agendaItemId", "id", "proposalId" FROM "AgendaSource";
DROP TABLE "AgendaSource";
ALTER TABLE "new_AgendaSource" RENAME TO "AgendaSource";
CREATE INDEX "AgendaSource_agendaItemId_idx" ON "AgendaSource"("agendaItemId");
CREATE INDEX "AgendaSource_mergeId_idx" ON "AgendaSource"("mergeId");
CREATE INDEX "AgendaSource_addedById_idx" ON "AgendaSource"("addedById");
CREATE UNIQUE INDEX "AgendaSource_proposalId_key" ON "AgendaSource"("proposalId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
