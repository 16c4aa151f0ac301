-- DropIndex
DROP INDEX "Proposal_cityId_status_idx";

-- CreateIndex
CREATE INDEX "Proposal_cityId_status_themeId_forumId_scope_idx" ON "Proposal"("cityId", "status", "themeId", "forumId", "scope");
