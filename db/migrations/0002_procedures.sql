CREATE TABLE `drafts` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`token_hash` text NOT NULL,
	`procedure_ids` text NOT NULL,
	`person` text NOT NULL,
	`answers` text NOT NULL,
	`lang` text NOT NULL,
	`complete` integer NOT NULL,
	`reservation_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`reservation_id`) REFERENCES `reservations`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `drafts_code_unique` ON `drafts` (`code`);--> statement-breakpoint
CREATE INDEX `drafts_expires` ON `drafts` (`expires_at`);--> statement-breakpoint
CREATE INDEX `drafts_reservation` ON `drafts` (`reservation_id`);--> statement-breakpoint
CREATE TABLE `life_events` (
	`id` text PRIMARY KEY NOT NULL,
	`data` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `procedures` (
	`id` text PRIMARY KEY NOT NULL,
	`service_code` text NOT NULL,
	`version` integer NOT NULL,
	`data` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`updated_at` integer NOT NULL
);
