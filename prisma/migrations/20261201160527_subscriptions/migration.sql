-- CreateEnum
CREATE TYPE "SubscriptionStatus" AS ENUM ('PENDING', 'ACTIVE', 'ENDED');

-- CreateEnum
CREATE TYPE "SubscriptionTokenPurpose" AS ENUM ('CONFIRM', 'MANAGE');

-- AlterTable
ALTER TABLE "MailMessage" ADD COLUMN     "headers" JSONB;

-- CreateTable
CREATE TABLE "Subscription" (
    "id" UUID NOT NULL,
    "userId" UUID,
    "email" TEXT,
    "locale" "Locale" NOT NULL DEFAULT 'zh_CN',
    "status" "SubscriptionStatus" NOT NULL DEFAULT 'PENDING',
    "topics" TEXT[],
    "tags" TEXT[],
    "cities" TEXT[],
    "confirmedAt" TIMESTAMP(3),
    "lastDigestAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubscriptionToken" (
    "id" UUID NOT NULL,
    "subscriptionId" UUID NOT NULL,
    "purpose" "SubscriptionTokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubscriptionToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_userId_key" ON "Subscription"("userId");

-- CreateIndex
CREATE INDEX "Subscription_status_lastDigestAt_idx" ON "Subscription"("status", "lastDigestAt");

-- CreateIndex
CREATE UNIQUE INDEX "SubscriptionToken_tokenHash_key" ON "SubscriptionToken"("tokenHash");

-- CreateIndex
CREATE INDEX "SubscriptionToken_subscriptionId_idx" ON "SubscriptionToken"("subscriptionId");

-- CreateIndex
CREATE INDEX "SubscriptionToken_expiresAt_idx" ON "SubscriptionToken"("expiresAt");

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubscriptionToken" ADD CONSTRAINT "SubscriptionToken_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a subscription belongs to an account or to an address alone, never both or neither
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_owner_check" CHECK (("userId" IS NULL) <> ("email" IS NULL));
-- an address alone is lower-cased, and subscribes once
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_email_lower_check" CHECK ("email" IS NULL OR "email" = lower("email"));
CREATE UNIQUE INDEX "Subscription_email_key" ON "Subscription" ("email") WHERE "email" IS NOT NULL;
-- an unconfirmed subscription always expires; a confirmed one has its confirmation time; an ended one its end
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_pending_expires_check" CHECK ("status" <> 'PENDING' OR "expiresAt" IS NOT NULL);
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_active_confirmed_check" CHECK ("status" <> 'ACTIVE' OR "confirmedAt" IS NOT NULL);
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_ended_check" CHECK ("status" <> 'ENDED' OR "endedAt" IS NOT NULL);
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_topics_check" CHECK (cardinality("topics") BETWEEN 1 AND 20 AND cardinality("tags") <= 20 AND cardinality("cities") <= 50);
