-- CreateEnum
CREATE TYPE "ParticipationStatus" AS ENUM ('INVITED', 'ATTENDED', 'ABSENT');

-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN     "descriptionEn" TEXT,
ADD COLUMN     "titleEn" TEXT;

-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "budgetYear" INTEGER,
ADD COLUMN     "radReference" TEXT,
ADD COLUMN     "rkpdReference" TEXT,
ADD COLUMN     "rpjmdReference" TEXT,
ADD COLUMN     "sipdActivity" TEXT,
ADD COLUMN     "sipdProgram" TEXT,
ADD COLUMN     "sipdSubActivity" TEXT;

-- AlterTable
ALTER TABLE "ForumAttendance" ADD COLUMN     "note" TEXT,
ADD COLUMN     "status" "ParticipationStatus" NOT NULL DEFAULT 'ATTENDED';

-- CreateTable
CREATE TABLE "ForumParticipant" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "cityId" TEXT,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL,
    "office" TEXT NOT NULL,
    "status" "ParticipationStatus" NOT NULL DEFAULT 'ATTENDED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ForumParticipant_cityId_idx" ON "ForumParticipant"("cityId");

-- CreateIndex
CREATE UNIQUE INDEX "ForumParticipant_forumId_position_key" ON "ForumParticipant"("forumId", "position");

-- CreateIndex
CREATE INDEX "ForumAttendance_forumId_status_idx" ON "ForumAttendance"("forumId", "status");

-- AddForeignKey
ALTER TABLE "ForumParticipant" ADD CONSTRAINT "ForumParticipant_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumParticipant" ADD CONSTRAINT "ForumParticipant_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE SET NULL ON UPDATE CASCADE;
