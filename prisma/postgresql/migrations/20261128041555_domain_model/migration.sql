-- CreateEnum
CREATE TYPE "Region" AS ENUM ('SUMATERA', 'JAWA', 'BALI_NUSA_TENGGARA', 'KALIMANTAN', 'SULAWESI', 'MALUKU_PAPUA');

-- CreateEnum
CREATE TYPE "TimeZoneCode" AS ENUM ('WIB', 'WITA', 'WIT');

-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('INVITED', 'MEMBER', 'LEFT');

-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('OPENING', 'TALK', 'GROUP_DISCUSSION', 'PLENARY');

-- CreateEnum
CREATE TYPE "ActivityKind" AS ENUM ('ASSESSMENT_SURVEY', 'FOCUS_GROUP_DISCUSSION', 'HANDBOOK', 'CAMPAIGN_MEDIA', 'TRAINING', 'RADIO_TALK_SHOW', 'NATIONAL_SEMINAR');

-- CreateEnum
CREATE TYPE "LessonKind" AS ENUM ('LESSON', 'RECOMMENDATION');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'REVISION_REQUESTED', 'REJECTED', 'MERGED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ProposalScope" AS ENUM ('CITY_ACTION_PLAN', 'NATIONAL_AGENDA');

-- CreateEnum
CREATE TYPE "Timeframe" AS ENUM ('SHORT', 'MEDIUM', 'LONG');

-- CreateEnum
CREATE TYPE "AgendaLevel" AS ENUM ('NATIONAL', 'EVERY_CITY');

-- CreateEnum
CREATE TYPE "AgendaStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "ProgressStatus" AS ENUM ('NOT_STARTED', 'PLANNED', 'IN_PROGRESS', 'DONE');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "cityId" TEXT;

-- CreateTable
CREATE TABLE "City" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "region" "Region" NOT NULL,
    "timeZone" "TimeZoneCode" NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "membershipStatus" "MembershipStatus" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "City_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MembershipChange" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "fromStatus" "MembershipStatus",
    "toStatus" "MembershipStatus" NOT NULL,
    "effectiveOn" TIMESTAMP(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "changedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MembershipChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Forum" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT,
    "venue" TEXT NOT NULL,
    "hostCityId" TEXT,
    "startsOn" TIMESTAMP(3) NOT NULL,
    "endsOn" TIMESTAMP(3) NOT NULL,
    "submissionOpensAt" TIMESTAMP(3),
    "submissionClosesAt" TIMESTAMP(3),
    "summary" TEXT,
    "summaryEn" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Forum_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumObjective" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "textEn" TEXT,

    CONSTRAINT "ForumObjective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumSession" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "SessionKind" NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT,
    "startsAt" TIMESTAMP(3),
    "endsAt" TIMESTAMP(3),
    "minutes" TEXT,
    "minutesEn" TEXT,

    CONSTRAINT "ForumSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionSpeaker" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "roleEn" TEXT,

    CONSTRAINT "SessionSpeaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumAttendance" (
    "forumId" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,

    CONSTRAINT "ForumAttendance_pkey" PRIMARY KEY ("forumId","cityId")
);

-- CreateTable
CREATE TABLE "ProgrammeActivity" (
    "id" TEXT NOT NULL,
    "kind" "ActivityKind" NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT,
    "heldOn" TIMESTAMP(3),
    "summary" TEXT,
    "summaryEn" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgrammeActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityLesson" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "kind" "LessonKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "textEn" TEXT,

    CONSTRAINT "ActivityLesson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "descriptionId" TEXT,
    "descriptionEn" TEXT,
    "position" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "forumId" TEXT,
    "forumSessionId" TEXT,
    "activityId" TEXT,
    "themeId" TEXT NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'DRAFT',
    "scope" "ProposalScope" NOT NULL,
    "title" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "timeframe" "Timeframe",
    "budgetIdr" BIGINT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "forumId" TEXT,
    "themeId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "level" "AgendaLevel" NOT NULL,
    "status" "AgendaStatus" NOT NULL DEFAULT 'DRAFT',
    "priority" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaSource" (
    "id" TEXT NOT NULL,
    "agendaItemId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgendaSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CityProgress" (
    "id" TEXT NOT NULL,
    "agendaItemId" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "status" "ProgressStatus" NOT NULL,
    "percent" INTEGER NOT NULL,
    "note" TEXT,
    "reportedOn" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CityProgress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "City_slug_key" ON "City"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "City_name_key" ON "City"("name");

-- CreateIndex
CREATE INDEX "City_region_idx" ON "City"("region");

-- CreateIndex
CREATE INDEX "City_province_idx" ON "City"("province");

-- CreateIndex
CREATE INDEX "City_membershipStatus_idx" ON "City"("membershipStatus");

-- CreateIndex
CREATE INDEX "MembershipChange_cityId_effectiveOn_idx" ON "MembershipChange"("cityId", "effectiveOn");

-- CreateIndex
CREATE INDEX "MembershipChange_changedById_idx" ON "MembershipChange"("changedById");

-- CreateIndex
CREATE UNIQUE INDEX "Forum_slug_key" ON "Forum"("slug");

-- CreateIndex
CREATE INDEX "Forum_hostCityId_idx" ON "Forum"("hostCityId");

-- CreateIndex
CREATE INDEX "Forum_startsOn_idx" ON "Forum"("startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "ForumObjective_forumId_position_key" ON "ForumObjective"("forumId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ForumSession_forumId_position_key" ON "ForumSession"("forumId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "SessionSpeaker_sessionId_position_key" ON "SessionSpeaker"("sessionId", "position");

-- CreateIndex
CREATE INDEX "ForumAttendance_cityId_idx" ON "ForumAttendance"("cityId");

-- CreateIndex
CREATE INDEX "ProgrammeActivity_kind_idx" ON "ProgrammeActivity"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityLesson_activityId_position_key" ON "ActivityLesson"("activityId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_slug_key" ON "Theme"("slug");

-- CreateIndex
CREATE INDEX "Theme_active_position_idx" ON "Theme"("active", "position");

-- CreateIndex
CREATE INDEX "Proposal_cityId_status_idx" ON "Proposal"("cityId", "status");

-- CreateIndex
CREATE INDEX "Proposal_forumId_status_idx" ON "Proposal"("forumId", "status");

-- CreateIndex
CREATE INDEX "Proposal_forumSessionId_idx" ON "Proposal"("forumSessionId");

-- CreateIndex
CREATE INDEX "Proposal_activityId_idx" ON "Proposal"("activityId");

-- CreateIndex
CREATE INDEX "Proposal_themeId_status_idx" ON "Proposal"("themeId", "status");

-- CreateIndex
CREATE INDEX "Proposal_status_idx" ON "Proposal"("status");

-- CreateIndex
CREATE INDEX "AgendaItem_forumId_status_idx" ON "AgendaItem"("forumId", "status");

-- CreateIndex
CREATE INDEX "AgendaItem_themeId_idx" ON "AgendaItem"("themeId");

-- CreateIndex
CREATE INDEX "AgendaItem_status_priority_idx" ON "AgendaItem"("status", "priority");

-- CreateIndex
CREATE INDEX "AgendaSource_proposalId_idx" ON "AgendaSource"("proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaSource_agendaItemId_proposalId_key" ON "AgendaSource"("agendaItemId", "proposalId");

-- CreateIndex
CREATE INDEX "CityProgress_agendaItemId_cityId_idx" ON "CityProgress"("agendaItemId", "cityId");

-- CreateIndex
CREATE INDEX "CityProgress_cityId_idx" ON "CityProgress"("cityId");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_createdAt_idx" ON "AuditEvent"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_action_idx" ON "AuditEvent"("action");

-- CreateIndex
CREATE INDEX "User_cityId_idx" ON "User"("cityId");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- AddForeignKey
ALTER TABLE "MembershipChange" ADD CONSTRAINT "MembershipChange_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipChange" ADD CONSTRAINT "MembershipChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_hostCityId_fkey" FOREIGN KEY ("hostCityId") REFERENCES "City"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumObjective" ADD CONSTRAINT "ForumObjective_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumSession" ADD CONSTRAINT "ForumSession_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionSpeaker" ADD CONSTRAINT "SessionSpeaker_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ForumSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumAttendance" ADD CONSTRAINT "ForumAttendance_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumAttendance" ADD CONSTRAINT "ForumAttendance_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityLesson" ADD CONSTRAINT "ActivityLesson_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "ProgrammeActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_forumSessionId_fkey" FOREIGN KEY ("forumSessionId") REFERENCES "ForumSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "ProgrammeActivity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaSource" ADD CONSTRAINT "AgendaSource_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaSource" ADD CONSTRAINT "AgendaSource_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityProgress" ADD CONSTRAINT "CityProgress_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityProgress" ADD CONSTRAINT "CityProgress_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
