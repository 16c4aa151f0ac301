-- CreateEnum
CREATE TYPE "SearchKind" AS ENUM ('PROPOSAL', 'AGENDA_ITEM', 'CITY', 'FORUM', 'COMMENT', 'ATTACHMENT');

-- CreateTable
CREATE TABLE "SearchDocument" (
    "rowNo" SERIAL NOT NULL,
    "kind" "SearchKind" NOT NULL,
    "recordId" TEXT NOT NULL,
    "rootKind" TEXT NOT NULL,
    "rootId" TEXT NOT NULL,
    "rootRef" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT '',
    "cityId" TEXT,
    "forumId" TEXT,
    "themeId" TEXT,
    "region" "Region",
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "title" TEXT NOT NULL,
    "titleEn" TEXT,
    "body" TEXT NOT NULL DEFAULT '',
    "bodyEn" TEXT,
    "titleTerms" TEXT NOT NULL,
    "terms" TEXT NOT NULL,
    "tsv" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', "titleTerms"), 'A') || to_tsvector('simple', "terms")) STORED,
    "changedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("rowNo")
);

-- CreateIndex
CREATE INDEX "SearchDocument_rootKind_rootId_idx" ON "SearchDocument"("rootKind", "rootId");

-- CreateIndex
CREATE INDEX "SearchDocument_kind_status_idx" ON "SearchDocument"("kind", "status");

-- CreateIndex
CREATE UNIQUE INDEX "SearchDocument_kind_recordId_key" ON "SearchDocument"("kind", "recordId");

-- Full-text index over the stored stems (docs/decisions/0017-search.md): "tsv" is generated from the
-- terms ('simple' configuration: they are Indonesian stems already), title terms weighted A, and kept
-- under a GIN index. Prisma knows the column only as Unsupported("tsvector") with a database default,
-- and the index is partial (every row has a tsv) because Prisma's diff leaves partial indexes alone.
CREATE INDEX "SearchDocument_tsv_idx" ON "SearchDocument" USING GIN ("tsv") WHERE "tsv" IS NOT NULL;

-- The search reads "tsv" of many rows: the long texts are kept out of the row (uncompressed), so that
-- rows are small and "tsv" stays in them, uncompressed.
ALTER TABLE "SearchDocument" ALTER COLUMN "terms" SET STORAGE EXTERNAL, ALTER COLUMN "titleTerms" SET STORAGE EXTERNAL, ALTER COLUMN "body" SET STORAGE EXTERNAL, ALTER COLUMN "bodyEn" SET STORAGE EXTERNAL, ALTER COLUMN "tsv" SET STORAGE MAIN;
