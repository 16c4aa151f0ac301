-- CreateTable
CREATE TABLE "SearchDocument" (
    "rowNo" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "rootKind" TEXT NOT NULL,
    "rootId" TEXT NOT NULL,
    "rootRef" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT '',
    "cityId" TEXT,
    "forumId" TEXT,
    "themeId" TEXT,
    "region" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "title" TEXT NOT NULL,
    "titleEn" TEXT,
    "body" TEXT NOT NULL DEFAULT '',
    "bodyEn" TEXT,
    "titleTerms" TEXT NOT NULL,
    "terms" TEXT NOT NULL,
    "tsv" tsvector,
    "changedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "SearchDocument_rootKind_rootId_idx" ON "SearchDocument"("rootKind", "rootId");

-- CreateIndex
CREATE INDEX "SearchDocument_kind_status_idx" ON "SearchDocument"("kind", "status");

-- CreateIndex
CREATE UNIQUE INDEX "SearchDocument_kind_recordId_key" ON "SearchDocument"("kind", "recordId");

-- Full-text index over the stored stems (docs/decisions/0017-search.md): an FTS5 table whose content
-- is SearchDocument, kept by triggers. Prisma does not manage it (scripts/lib/migrations.ts lists it
-- as external). Title terms are a column of their own so that a match in a title ranks higher, and
-- the kind is indexed as well, so that counting one kind among many matches does not read them all.
CREATE VIRTUAL TABLE "SearchIndex" USING fts5("titleTerms", "terms", "kind", content='SearchDocument', content_rowid='rowNo');

CREATE TRIGGER "SearchDocument_index_insert" AFTER INSERT ON "SearchDocument" BEGIN
  INSERT INTO "SearchIndex"(rowid, "titleTerms", "terms", "kind") VALUES (new."rowNo", new."titleTerms", new."terms", new."kind");
END;

CREATE TRIGGER "SearchDocument_index_delete" AFTER DELETE ON "SearchDocument" BEGIN
  INSERT INTO "SearchIndex"("SearchIndex", rowid, "titleTerms", "terms", "kind") VALUES ('delete', old."rowNo", old."titleTerms", old."terms", old."kind");
END;

CREATE TRIGGER "SearchDocument_index_update" AFTER UPDATE ON "SearchDocument" BEGIN
  INSERT INTO "SearchIndex"("SearchIndex", rowid, "titleTerms", "terms", "kind") VALUES ('delete', old."rowNo", old."titleTerms", old."terms", old."kind");
  INSERT INTO "SearchIndex"(rowid, "titleTerms", "terms", "kind") VALUES (new."rowNo", new."titleTerms", new."terms", new."kind");
END;
