CREATE TABLE `visit_flags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`visit_id` text NOT NULL,
	`path` text NOT NULL,
	`version` integer NOT NULL,
	`created_at` integer NOT NULL,
	`resolved_at` integer,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `visit_flags_visit` ON `visit_flags` (`visit_id`);--> statement-breakpoint
CREATE TABLE `visit_signatures` (
	`visit_id` text NOT NULL,
	`version` integer NOT NULL,
	`png` blob NOT NULL,
	`hash` text NOT NULL,
	`content` text NOT NULL,
	`signed_at` integer NOT NULL,
	PRIMARY KEY(`visit_id`, `version`),
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `visits` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`office_id` text NOT NULL,
	`window_id` text,
	`ticket_id` text,
	`draft_id` text,
	`reservation_id` text,
	`business_day` text NOT NULL,
	`lang` text NOT NULL,
	`status` text NOT NULL,
	`version` integer NOT NULL,
	`sent_version` integer,
	`procedure_ids` text NOT NULL,
	`person` text NOT NULL,
	`answers` text NOT NULL,
	`sources` text NOT NULL,
	`complete` integer NOT NULL,
	`card_requested_at` integer,
	`card_result` text,
	`card_result_at` integer,
	`opened_by` text NOT NULL,
	`accepted_by` text,
	`opened_at` integer NOT NULL,
	`called_at` integer,
	`sent_at` integer,
	`signed_at` integer,
	`accepted_at` integer,
	`exported_at` integer,
	`purged_at` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`window_id`) REFERENCES `windows`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`draft_id`) REFERENCES `drafts`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`reservation_id`) REFERENCES `reservations`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `visits_code_unique` ON `visits` (`code`);--> statement-breakpoint
CREATE INDEX `visits_window` ON `visits` (`window_id`,`opened_at`);--> statement-breakpoint
CREATE INDEX `visits_office_day` ON `visits` (`office_id`,`business_day`);--> statement-breakpoint
CREATE INDEX `visits_ticket` ON `visits` (`ticket_id`);--> statement-breakpoint
CREATE INDEX `visits_unpurged` ON `visits` (`opened_at`) WHERE "visits"."purged_at" IS NULL;